// Runs the hostile-input cases (hostile-cases.mjs) in Debian's chromium against the built bundle,
// served from another origin than the page, under a strict Content-Security-Policy with Trusted
// Types, and records every request. Used by the CI test (a seeded sample) and by
// `npm run hostile` (all cases).
import { runHostileInputs } from './hostile-cases.mjs';
import { launchBrowser, openRecordedPage, startHostOrigin, startScriptOrigin } from './support.mjs';

export async function hostileRun({ seed = 20261202, sample = null, longLength = 100_000 } = {}) {
  const scriptOrigin = await startScriptOrigin();
  const csp = `default-src 'none'; script-src 'self' ${scriptOrigin.url}; style-src 'self'; connect-src 'self' ${scriptOrigin.url}; img-src 'self'; require-trusted-types-for 'script'; trusted-types safe-communities-widgets hostile-harness`;
  const hostOrigin = await startHostOrigin(
    'hostile-inputs',
    {
      'index.html': {
        html: `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Hostile inputs</title>
<script type="module" src="${scriptOrigin.url}/safe-communities.js"></script></head><body><h1>Partner</h1></body></html>`,
        headers: { 'content-security-policy': csp },
      },
    },
    { 'favicon.ico': '' },
  );
  const browser = await launchBrowser();
  try {
    const { context, page, record } = await openRecordedPage(browser);
    const violations = [];
    await page.exposeFunction('__cspViolation', (text) => violations.push(text));
    await page.addInitScript(() => document.addEventListener('securitypolicyviolation', (event) => window.__cspViolation(`${event.violatedDirective} ${event.blockedURI} ${event.sourceFile}:${event.lineNumber} ${event.sample}`)));
    await page.goto(`${hostOrigin.url}/index.html`);
    await page.waitForFunction(() => customElements.get('sca-campaign') !== undefined);
    const started = Date.now();
    const result = await page.evaluate(runHostileInputs, { seed, sample, longLength });
    const seconds = (Date.now() - started) / 1000;
    const own = [`${hostOrigin.url}/`, `${scriptOrigin.url}/`];
    const foreign = record.requests.filter((url) => !own.some((prefix) => url.startsWith(prefix)));
    await context.close();
    return { ...result, seconds, foreign, violations, pageErrors: record.pageErrors };
  } finally {
    await browser.close();
    await hostOrigin.close();
    await scriptOrigin.close();
  }
}
