// A reader's whole contact flow on a partner page: built bundle from another origin, strict CSP
// with Trusted Types, a fixed header with the highest z-index. Every request is logged: none may
// leave for anywhere but the page's and the script's origins, and nothing is stored.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { catalogKinds, isWidgetFile, openRecordedPage, seenText, storageOf, usePartnerPage } from './support.mjs';
import { DATA_COURT_NUMBER } from '../../scripts/lib/test-clock.mjs';

const headerCss = `
.masthead { position: fixed; inset: 0 0 auto 0; height: 120px; z-index: 2147483647; background: #400; color: #fff; }
body { margin: 0; padding-top: 140px; font-size: 62.5%; }
button { all: unset; }
`;

describe('the contact flow on a partner page', () => {

  const partner = usePartnerPage('contact', async (scriptUrl) => {
    const csp = `default-src 'none'; script-src ${scriptUrl}; style-src 'self'; img-src 'self'; connect-src 'self' ${scriptUrl}; require-trusted-types-for 'script'`;
    return { pages: {
        'index.html': {
          headers: { 'content-security-policy': csp },
          html: `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Partner</title>
<link rel="stylesheet" href="/site.css">
<script type="module" src="${scriptUrl}/safe-communities.js"></script></head>
<body><div class="masthead">Partner masthead</div>
<sca-contact bill-house="H.2580" bill-senate="S.1681" bill-session="${DATA_COURT_NUMBER}"></sca-contact></body></html>`,
        },
      }, assets: { 'site.css': headerCss } };
  });

  async function flow(viewport, steps) {
    const { context, page, record } = await openRecordedPage(partner.browser, { viewport });
    try {
      await page.goto(`${partner.hostUrl}/index.html`);
      await page.locator('sca-contact [part="button"]').click();
      await page.locator('sca-contact #town').waitFor();
      await steps(page);
      assert.deepEqual(record.pageErrors, []);
      assert.deepEqual(record.consoleErrors, []);
      const outside = record.requests.filter((url) => ![partner.hostUrl, partner.scriptUrl].includes(new URL(url).origin));
      assert.deepEqual(outside, [], 'no request left for a third origin');
      const fromScriptOrigin = record.requests.filter((url) => url.startsWith(partner.scriptUrl));
      assert.ok(fromScriptOrigin.every((url) => isWidgetFile(url, partner.scriptUrl)), `only the widget's files came from its origin: ${fromScriptOrigin}`);
      // An English page: the entry, then with the dialog its English words, the ask's English
      // scripts and the district tables, each once.
      assert.deepEqual(catalogKinds(fromScriptOrigin).sort(), ['districts', 'en.ask-cosponsor', 'en.dialog'], 'English readers fetch no other language; the tables once');
      assert.equal(fromScriptOrigin.length, 4);
      const afterLoad = record.requests.filter((url) => !/\/(index\.html|site\.css|favicon\.ico)$/.test(url) && !isWidgetFile(url, partner.scriptUrl));
      assert.deepEqual(afterLoad, [], 'the lookup itself made no request at all');
      assert.deepEqual(await storageOf(page), { cookie: '', localStorage: 0, sessionStorage: 0, databases: 0 });
      assert.deepEqual(await context.cookies(), []);
    } finally {
      await context.close();
    }
  }

  it('Abington by keyboard: combobox, results, the dialog above the z-index 2147483647 header', async () => {
    await flow({ width: 1280, height: 800 }, async (page) => {
      await page.keyboard.type('abing');
      await page.keyboard.press('ArrowDown');
      await page.keyboard.press('Enter');
      const reason = page.locator('sca-contact .reason');
      await reason.waitFor();
      assert.match(await seenText(reason), /^Abington is in the 7th Plymouth House district and the Norfolk and Plymouth Senate district\.$/);
      assert.equal(await page.locator('sca-contact [part="legislator"]').count(), 2);
      const onTop = await page.evaluate(() => {
        const root = document.querySelector('sca-contact').shadowRoot;
        const dialog = root.querySelector('dialog');
        const box = dialog.getBoundingClientRect();
        const hit = root.elementFromPoint(box.left + box.width / 2, box.top + 20);
        return { inDialog: dialog.contains(hit), top: box.top, fontSize: parseFloat(getComputedStyle(dialog).fontSize) };
      });
      assert.ok(onTop.top < 120, 'the dialog overlaps the fixed header');
      assert.equal(onTop.inDialog, true, 'the dialog is above the header');
      assert.ok(onTop.fontSize >= 16, `dialog text is ${onTop.fontSize}px despite html { font-size: 62.5% }`);
      await page.keyboard.press('Escape');
      assert.equal(await page.evaluate(() => document.querySelector('sca-contact').shadowRoot.activeElement?.getAttribute('part')), 'button');
    });
  });

  it('the ask changed while the dialog is open: the cards keep their scripts until the new ones arrive, never empty', async () => {
    const { context, page, record } = await openRecordedPage(partner.browser);
    try {
      let release;
      const held = new Promise((resolve) => (release = resolve));
      await context.route(/\/catalogs\/en\.ask-floor-vote\./, async (route) => {
        await held;
        await route.continue();
      });
      await page.goto(`${partner.hostUrl}/index.html`);
      await page.locator('sca-contact [part="button"]').click();
      await page.locator('sca-contact #town').fill('Abington');
      await page.keyboard.press('Enter');
      const script = page.locator('sca-contact [part="legislator"] [part="script"]').first();
      await script.waitFor({ state: 'attached' });
      const before = (await script.textContent()).trim();
      assert.match(before, /to co-sponsor and vote for/);
      await page.evaluate(() => (document.querySelector('sca-contact').ask = 'floor-vote'));
      await page.waitForTimeout(300);
      assert.equal((await script.textContent()).trim(), before, 'the co-sponsor script stays while the floor-vote part is on its way');
      const subject = await page.locator('sca-contact [part="legislator"] a[href^="mailto:"]').first().getAttribute('href');
      assert.match(subject, /subject=Please%20support/);
      release();
      await page.waitForFunction(() => /press leadership/.test(document.querySelector('sca-contact').shadowRoot.querySelector('[part="script"]').textContent));
      assert.deepEqual(record.pageErrors, []);
    } finally {
      await context.close();
    }
  });

  it('Cambridge ward 1 precinct 2A on a 360px phone: no horizontal scroll, right representative', async () => {
    await flow({ width: 360, height: 740 }, async (page) => {
      await page.keyboard.type('Cambridge');
      await page.keyboard.press('Enter');
      await page.locator('sca-contact #ward').selectOption('1');
      await page.locator('sca-contact #precinct').selectOption('2A');
      await page.locator('sca-contact .step button[type="submit"]').click();
      const reason = page.locator('sca-contact .reason');
      await reason.waitFor();
      assert.match(await seenText(reason), /^Cambridge, ward 1, precinct 2A is in the 18th Suffolk House district/);
      const overflow = await page.evaluate(() => {
        const dialog = document.querySelector('sca-contact').shadowRoot.querySelector('dialog');
        return { page: document.documentElement.scrollWidth - innerWidth, dialog: dialog.scrollWidth - dialog.clientWidth };
      });
      assert.deepEqual(overflow, { page: 0, dialog: 0 });
    });
  });
});
