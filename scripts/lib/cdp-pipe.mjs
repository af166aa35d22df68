// Debian's chromium driven over its DevTools pipe with only the commands a timing needs, for
// `npm run bench`'s first render. Playwright (and Puppeteer) turn on DevTools' Network domain in
// every page, and with it Blink records each request's initiator, a JavaScript stack trace: the
// first fetch() of our 123 KB bundle then made V8 parse the whole file again for its source
// positions (V8.CollectSourcePositions, 20 ms of the main thread under 4x throttling in a
// trace), a cost no reader's browser pays. Here no domain is enabled: the page is created,
// throttled, navigated and asked one value, and nothing else.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * Starts chromium with `--remote-debugging-pipe` (file descriptors 3 and 4, messages ended by
 * NUL): no port, no WebSocket library. Once chromium has gone (crashed, killed, closed), every
 * command fails at once with the end of what it wrote to stderr, instead of waiting for ever.
 * @returns {Promise<{ send: (method: string, params?: object, sessionId?: string, timeoutMs?: number) => Promise<any>, close: () => Promise<void> }>}
 */
export async function launchOverPipe(executablePath, args) {
  const profile = mkdtempSync(join(tmpdir(), 'sca-bench-'));
  const child = spawn(executablePath, [...args, '--headless=new', '--remote-debugging-pipe', `--user-data-dir=${profile}`, '--lang=en-US', 'about:blank'], {
    stdio: ['ignore', 'ignore', 'pipe', 'pipe', 'pipe'],
    env: { ...process.env, LANG: 'en_US.UTF-8' },
  });
  const [toBrowser, fromBrowser] = [child.stdio[3], child.stdio[4]];
  let stderr = '';
  child.stderr.setEncoding('utf8');
  child.stderr.on('data', (chunk) => (stderr = (stderr + chunk).slice(-2000)));
  const pending = new Map();
  /** Why chromium is no longer there to answer, once it is not. */
  let gone = null;
  const fail = (reason) => {
    gone ??= new Error(`chromium is gone (${reason})${stderr.trim() ? `; it said: ${stderr.trim().split('\n').slice(-3).join(' | ')}` : ''}`);
    pending.forEach(({ reject }) => reject(gone));
    pending.clear();
  };
  const exited = new Promise((resolve) => child.once('exit', (code, signal) => resolve(fail(`exit ${code ?? signal}`))));
  child.once('error', (error) => fail(error.message));
  toBrowser.on('error', (error) => fail(error.message));
  let next = 0;
  let buffered = '';
  fromBrowser.setEncoding('utf8');
  fromBrowser.on('data', (chunk) => {
    buffered += chunk;
    for (let end = buffered.indexOf('\0'); end >= 0; end = buffered.indexOf('\0')) {
      const message = JSON.parse(buffered.slice(0, end));
      buffered = buffered.slice(end + 1);
      const waiting = message.id !== undefined && pending.get(message.id);
      if (!waiting) continue;
      pending.delete(message.id);
      clearTimeout(waiting.timer);
      if (message.error) waiting.reject(new Error(`${waiting.method}: ${message.error.message}`));
      else waiting.resolve(message.result);
    }
  });
  const send = (method, params = {}, sessionId, timeoutMs = 30000) =>
    new Promise((resolve, reject) => {
      if (gone) return reject(gone);
      const id = ++next;
      const timer = setTimeout(() => {
        pending.delete(id);
        reject(new Error(`${method}: no answer within ${timeoutMs / 1000} seconds`));
      }, timeoutMs);
      pending.set(id, { resolve, reject: (error) => (clearTimeout(timer), reject(error)), method, timer });
      toBrowser.write(`${JSON.stringify({ id, method, params, ...(sessionId ? { sessionId } : {}) })}\0`);
    });
  const close = async () => {
    if (!gone) await send('Browser.close', {}, undefined, 5000).catch(() => undefined);
    const killer = setTimeout(() => child.kill('SIGKILL'), 5000);
    await exited;
    clearTimeout(killer);
    rmSync(profile, { recursive: true, force: true });
  };
  // A bench stopped with Ctrl-C leaves no chromium and no profile behind.
  const onSignal = () => child.kill('SIGKILL');
  process.once('exit', onSignal);
  try {
    await send('Browser.getVersion', {}, undefined, 15000);
  } catch (error) {
    child.kill('SIGKILL');
    await close();
    throw error;
  }
  return {
    send,
    async close() {
      process.off('exit', onSignal);
      await close();
    },
  };
}

const pause = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Opens `url` in a fresh browser context (nothing cached) with the CPU throttled, and returns
 * the page's `window[name]` once it is set, asking every 50 ms (one tiny evaluation each time:
 * a reader's page has no such task, but it costs microseconds, not Playwright's 40 ms script).
 * `then`, an expression, is evaluated once it is set, and its value returned beside it.
 * @returns {Promise<{ time: number, then: unknown }>}
 */
export async function timeInFreshContext(browser, url, { rate = 4, name = '__visible', then = 'null', timeoutMs = 30000 } = {}) {
  const { browserContextId } = await browser.send('Target.createBrowserContext');
  try {
    const { targetId } = await browser.send('Target.createTarget', { url: 'about:blank', browserContextId });
    const { sessionId } = await browser.send('Target.attachToTarget', { targetId, flatten: true });
    await browser.send('Emulation.setCPUThrottlingRate', { rate }, sessionId);
    const deadline = Date.now() + timeoutMs;
    const left = () => Math.max(1, deadline - Date.now());
    const notSet = () => new Error(`${url}: window.${name} was not set within ${timeoutMs / 1000} seconds`);
    // A page whose main thread never comes back leaves a question unanswered: the deadline still holds.
    const evaluate = (expression) =>
      browser.send('Runtime.evaluate', { expression, returnByValue: true }, sessionId, left()).catch((error) => {
        throw Date.now() >= deadline - 1 ? notSet() : error;
      });
    const navigated = await browser.send('Page.navigate', { url }, sessionId, left());
    if (navigated.errorText) throw new Error(`${url}: ${navigated.errorText}`);
    while (Date.now() < deadline) {
      await pause(50);
      const { result, exceptionDetails } = await evaluate(`window.${name}`);
      if (exceptionDetails) throw new Error(`${url}: ${exceptionDetails.text}`);
      if (typeof result.value !== 'number') continue;
      const after = await evaluate(then);
      if (after.exceptionDetails) throw new Error(`${url}: ${then}: ${after.exceptionDetails.text}`);
      return { time: result.value, then: after.result.value };
    }
    throw notSet();
  } finally {
    // Failing here would hide why the run failed; a browser that is gone has no context left anyway.
    await browser.send('Target.disposeBrowserContext', { browserContextId }, undefined, 5000).catch(() => undefined);
  }
}
