// The built files carry every language (the build compacts the catalogs): each locale must
// render from the bundle itself, in both the full file and the explainer-only file.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { readUnits } from '../../scripts/lib/xliff.mjs';
import { launchBrowser, openRecordedPage, startHostOrigin, startScriptOrigin } from './support.mjs';

const LOCALES = ['es', 'pt-BR', 'ht', 'zh-Hans', 'vi', 'ar'];
const decode = (text) => text.replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"');

function translationOf(locale, source) {
  const unit = readUnits(readFileSync(`xliff/${locale}.xlf`, 'utf8')).find((candidate) => candidate.source === source);
  assert.ok(unit?.target, `${locale} translates "${source}"`);
  return decode(unit.target).trim();
}

describe('every language from the built files', () => {
  let scriptOrigin;
  let hostOrigin;
  let browser;

  before(async () => {
    scriptOrigin = await startScriptOrigin();
    const pages = {};
    for (const locale of LOCALES) {
      for (const [kind, file] of [
        ['full', 'safe-communities.js'],
        ['explainer', 'safe-communities-explainer.js'],
      ]) {
        pages[`${kind}-${locale}.html`] = {
          html: `<!doctype html><html lang="${locale}"><head><meta charset="utf-8"><title>${locale}</title>
<script type="module" src="${scriptOrigin.url}/${file}"></script></head>
<body><sca-explainer></sca-explainer>${kind === 'full' ? '<sca-contact></sca-contact>' : ''}</body></html>`,
        };
      }
    }
    hostOrigin = await startHostOrigin('locales', pages, { 'favicon.ico': '' });
    browser = await launchBrowser();
  });

  after(async () => {
    await browser?.close();
    await hostOrigin?.close();
    await scriptOrigin?.close();
  });

  for (const locale of LOCALES) {
    for (const kind of ['full', 'explainer']) {
      it(`${locale} from the ${kind} file`, async () => {
        const { context, page, record } = await openRecordedPage(browser);
        try {
          await page.goto(`${hostOrigin.url}/${kind}-${locale}.html`);
          await page.waitForFunction(
            (expected) => document.querySelector('sca-explainer')?.shadowRoot?.querySelector('[part="title"]')?.textContent.trim() === expected,
            translationOf(locale, 'The Safe Communities Act'),
            { timeout: 5000 },
          );
          const seen = await page.evaluate(() => {
            const explainer = document.querySelector('sca-explainer').shadowRoot;
            return {
              lang: explainer.querySelector('[part="container"]').getAttribute('lang'),
              dir: explainer.querySelector('[part="container"]').getAttribute('dir'),
              label: explainer.querySelector('[part="label"]').textContent.trim(),
              button: document.querySelector('sca-contact')?.shadowRoot.querySelector('[part="button"]').textContent.trim() ?? null,
            };
          });
          assert.deepEqual(seen, {
            lang: locale,
            dir: locale === 'ar' ? 'rtl' : 'ltr',
            label: translationOf(locale, 'What it does'),
            button: kind === 'full' ? translationOf(locale, 'Contact your legislator') : null,
          });
          assert.deepEqual(record.pageErrors, []);
        } finally {
          await context.close();
        }
      });
    }
  }
});
