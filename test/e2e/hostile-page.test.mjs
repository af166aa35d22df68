// The built bundle, loaded from another origin into a page with a hostile global stylesheet
// and a strict Content-Security-Policy with Trusted Types.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { openRecordedPage, storageOf, usePartnerPage } from './support.mjs';

const hostileCss = readFileSync(new URL('./fixtures/hostile.css', import.meta.url), 'utf8');

function hostPage(scriptTag) {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Partner page</title>
<link rel="stylesheet" href="/hostile.css">
${scriptTag}
</head>
<body>
<h1>Our partner organization</h1>
<p>Text of the host page.</p>
<sca-explainer layout="cards"></sca-explainer>
</body>
</html>`;
}

describe('the bundle on a hostile host page', () => {

  const partner = usePartnerPage('hostile', async (scriptUrl) => {
    const csp = [
      "default-src 'none'",
      `script-src ${scriptUrl}`,
      "style-src 'self'",
      "img-src 'self'",
      "connect-src 'self'",
      "require-trusted-types-for 'script'",
    ].join('; ');
    const headers = { 'content-security-policy': csp };
    return { pages: {
        'module.html': {
          html: hostPage(`<script type="module" src="${scriptUrl}/safe-communities.js"></script>`),
          headers,
        },
        'classic.html': {
          html: hostPage(`<script src="${scriptUrl}/safe-communities.iife.js" defer></script>`),
          headers,
        },
        'twice.html': {
          html: hostPage(
            `<script src="${scriptUrl}/safe-communities.iife.js" defer></script>
<script type="module" src="${scriptUrl}/safe-communities.js"></script>
<script src="${scriptUrl}/safe-communities.iife.js?again" defer></script>`,
          ),
          headers,
        },
      }, assets: { 'hostile.css': hostileCss } };
  });

  for (const file of ['module.html', 'classic.html', 'twice.html']) {
    it(`${file}: shows the three provisions, styled, with no error, no CSP violation and no stray request`, async () => {
      const { context, page, record } = await openRecordedPage(partner.browser, { viewport: { width: 1280, height: 900 } });
      try {
        await page.goto(`${partner.hostUrl}/${file}`);
        const titles = page.locator('sca-explainer [part~="provision-title"]');
        await titles.first().waitFor({ state: 'visible', timeout: 10000 });
        assert.equal(await titles.count(), 3);
        for (let index = 0; index < 3; index++) {
          assert.ok(await titles.nth(index).isVisible(), `provision ${index + 1} is visible`);
        }
        const look = await page.evaluate(() => {
          const root = document.querySelector('sca-explainer').shadowRoot;
          const body = getComputedStyle(root.querySelector('[part="body"]'));
          const number = getComputedStyle(root.querySelector('[part="number"]'));
          const provision = root.querySelector('[part="provision"]').getBoundingClientRect();
          return {
            fontSize: parseFloat(body.fontSize),
            lineHeight: parseFloat(body.lineHeight) / parseFloat(body.fontSize),
            textTransform: body.textTransform,
            letterSpacing: body.letterSpacing,
            badge: number.backgroundColor,
            provisionWidth: provision.width,
            definitions: ['sca-explainer', 'sca-provision'].map((name) => typeof customElements.get(name)),
          };
        });
        assert.ok(look.fontSize >= 14, `body text is ${look.fontSize}px`);
        assert.ok(look.lineHeight >= 1.4, `line height is ${look.lineHeight}`);
        assert.equal(look.textTransform, 'none');
        assert.equal(look.letterSpacing, 'normal');
        assert.equal(look.badge, 'rgb(31, 79, 191)', 'the widget styles applied under the CSP');
        assert.ok(look.provisionWidth > 200 && look.provisionWidth < 600, `cards sit side by side (${look.provisionWidth}px)`);
        assert.deepEqual(look.definitions, ['function', 'function']);

        assert.deepEqual(record.pageErrors, []);
        assert.deepEqual(record.consoleErrors, [], 'no console error or CSP violation');
        const origins = new Set(record.requests.map((url) => new URL(url).origin));
        assert.deepEqual([...origins].sort(), [partner.hostUrl, partner.scriptUrl].sort());
        const fromScriptOrigin = record.requests.filter((url) => url.startsWith(partner.scriptUrl));
        assert.ok(
          fromScriptOrigin.every((url) => /\/safe-communities(\.iife)?\.js(\?again)?$/.test(url)),
          `only the bundle came from the script's origin: ${fromScriptOrigin.join(', ')}`,
        );
        assert.deepEqual(await storageOf(page), { cookie: '', localStorage: 0, sessionStorage: 0, databases: 0 });
        assert.deepEqual(await context.cookies(), []);
      } finally {
        await context.close();
      }
    });
  }

  it('the same page does enforce its CSP and Trusted Types (control)', async () => {
    // Without this control, an empty console above could mean the policy was never applied.
    const { context, page, record } = await openRecordedPage(partner.browser);
    try {
      await page.goto(`${partner.hostUrl}/module.html`);
      await page.locator('sca-explainer [part~="provision-title"]').first().waitFor();
      const trustedTypesEnforced = await page.evaluate(() => {
        try {
          document.body.insertAdjacentHTML('beforeend', '<b>host markup</b>');
          return false;
        } catch {
          return true;
        }
      });
      assert.equal(trustedTypesEnforced, true, 'an HTML sink without a Trusted Type throws');
      await page.evaluate((url) => {
        new Image().src = `${url}/pixel.png`;
      }, 'http://127.0.0.1:9');
      await page.waitForTimeout(200);
      assert.ok(
        record.consoleErrors.some((message) => /Content Security Policy/.test(message)),
        `the CSP reported the blocked image: ${record.consoleErrors.join(' | ')}`,
      );
    } finally {
      await context.close();
    }
  });
});
