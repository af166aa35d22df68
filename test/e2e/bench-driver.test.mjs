// The driver `npm run bench` times first render with (scripts/lib/cdp-pipe.mjs): chromium over
// its DevTools pipe, with no DevTools domain on. A broken driver would leave the bench without
// figures, and no other test runs it.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { chromiumArgs, chromiumPath } from '../../scripts/lib/chromium.mjs';
import { launchOverPipe, timeInFreshContext } from '../../scripts/lib/cdp-pipe.mjs';

const page = (script) => `data:text/html,${encodeURIComponent(`<!doctype html><html lang="es"><title>t</title><script>${script}</script></html>`)}`;

describe('the first-render bench driver', () => {
  let browser;
  before(async () => {
    browser = await launchOverPipe(chromiumPath, chromiumArgs);
  });
  after(async () => {
    await browser?.close();
  });

  it('returns the time the page recorded, and what is asked of the page then', async () => {
    const { time, then } = await timeInFreshContext(browser, page('setTimeout(() => { window.__visible = performance.now(); }, 120);'), {
      then: 'document.documentElement.lang',
    });
    assert.equal(typeof time, 'number');
    assert.ok(time >= 120, `recorded at ${time} ms, set after a 120 ms timer`);
    assert.equal(then, 'es');
  });

  it('gives each run a fresh context: what one page left is not in the next', async () => {
    // window.name outlives a navigation in the same tab: a run that reused the last run's page would see it.
    const first = await timeInFreshContext(browser, page('window.__visible = window.name === "used" ? -1 : 1; window.name = "used";'));
    const second = await timeInFreshContext(browser, page('window.__visible = window.name === "used" ? -1 : 1; window.name = "used";'));
    assert.deepEqual([first.time, second.time], [1, 1]);
  });

  it('says so when the page never records its time, instead of waiting for ever', async () => {
    await assert.rejects(timeInFreshContext(browser, page(''), { timeoutMs: 300 }), /window\.__visible was not set within 0\.3 seconds/);
  });

  it('keeps its deadline when the page’s main thread never comes back, and goes on with the next page', async () => {
    const started = Date.now();
    await assert.rejects(timeInFreshContext(browser, page('setTimeout(() => { for (;;) {} }, 0);'), { timeoutMs: 1000 }), /window\.__visible was not set within 1 seconds/);
    assert.ok(Date.now() - started < 10000, `gave up after ${Date.now() - started} ms`);
    assert.equal((await timeInFreshContext(browser, page('window.__visible = 2;'))).time, 2);
  });

  it('fails at once, saying why, once chromium has gone', async () => {
    const doomed = await launchOverPipe(chromiumPath, chromiumArgs);
    await doomed.send('Browser.crash').catch(() => undefined);
    await assert.rejects(timeInFreshContext(doomed, page('window.__visible = 1;')), /chromium is gone/);
    await doomed.close();
  });
});
