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
 * NUL): no port, no WebSocket library.
 * @returns {Promise<{ send: (method: string, params?: object, sessionId?: string) => Promise<any>, close: () => Promise<void> }>}
 */
export async function launchOverPipe(executablePath, args) {
  const profile = mkdtempSync(join(tmpdir(), 'sca-bench-'));
  const child = spawn(executablePath, [...args, '--headless=new', '--remote-debugging-pipe', `--user-data-dir=${profile}`, '--lang=en-US', 'about:blank'], {
    stdio: ['ignore', 'ignore', 'ignore', 'pipe', 'pipe'],
    env: { ...process.env, LANG: 'en_US.UTF-8' },
  });
  const [toBrowser, fromBrowser] = [child.stdio[3], child.stdio[4]];
  const pending = new Map();
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
      if (message.error) waiting.reject(new Error(`${waiting.method}: ${message.error.message}`));
      else waiting.resolve(message.result);
    }
  });
  const exited = new Promise((resolve) => child.once('exit', resolve));
  void exited.then(() => pending.forEach(({ reject, method }) => reject(new Error(`chromium exited during ${method}`))));
  const send = (method, params = {}, sessionId) =>
    new Promise((resolve, reject) => {
      const id = ++next;
      pending.set(id, { resolve, reject, method });
      toBrowser.write(`${JSON.stringify({ id, method, params, ...(sessionId ? { sessionId } : {}) })}\0`);
    });
  await send('Browser.getVersion');
  return {
    send,
    async close() {
      await send('Browser.close').catch(() => undefined);
      await exited;
      rmSync(profile, { recursive: true, force: true });
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
    await browser.send('Page.navigate', { url }, sessionId);
    const started = Date.now();
    while (Date.now() - started < timeoutMs) {
      await pause(50);
      const { result } = await browser.send('Runtime.evaluate', { expression: `window.${name}`, returnByValue: true }, sessionId);
      if (typeof result.value !== 'number') continue;
      const after = await browser.send('Runtime.evaluate', { expression: then, returnByValue: true }, sessionId);
      return { time: result.value, then: after.result.value };
    }
    throw new Error(`${url}: window.${name} was not set within ${timeoutMs / 1000} seconds`);
  } finally {
    await browser.send('Target.disposeBrowserContext', { browserContextId });
  }
}
