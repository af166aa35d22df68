// The built files carry every language (the build compacts the catalogs): each locale must
// render from the bundle itself, in both the full file and the explainer-only file.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { readUnits } from '../../scripts/lib/xliff.mjs';
import { openRecordedPage, usePartnerPage } from './support.mjs';

const LOCALES = ['es', 'pt-BR', 'ht', 'zh-Hans', 'vi', 'ar'];
const decode = (text) => text.replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"');

/** The translation as a reader sees it: placeholders (link tags) dropped, entities decoded. */
function translationOf(locale, source) {
  const unit = readUnits(readFileSync(`xliff/${locale}.xlf`, 'utf8')).find((candidate) => candidate.source === source);
  assert.ok(unit?.target, `${locale} translates "${source}"`);
  return decode(unit.target.replace(/<x [^>]*\/>/g, '')).replace(/\s+/g, ' ').trim();
}

describe('every language from the built files', () => {

  const partner = usePartnerPage('locales', async (scriptUrl) => {
    const pages = {};
    for (const locale of LOCALES) {
      for (const [kind, file] of [
        ['full', 'safe-communities.js'],
        ['explainer', 'safe-communities-explainer.js'],
      ]) {
        pages[`${kind}-${locale}.html`] = {
          html: `<!doctype html><html lang="${locale}"><head><meta charset="utf-8"><title>${locale}</title>
<script type="module" src="${scriptUrl}/${file}"></script></head>
<body><sca-explainer></sca-explainer>${kind === 'full' ? '<sca-contact></sca-contact>' : ''}</body></html>`,
        };
      }
    }
    return { pages: pages };
  });

  for (const locale of LOCALES) {
    for (const kind of ['full', 'explainer']) {
      it(`${locale} from the ${kind} file`, async () => {
        const { context, page, record } = await openRecordedPage(partner.browser);
        try {
          await page.goto(`${partner.hostUrl}/${kind}-${locale}.html`);
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
            button: kind === 'full' ? translationOf(locale, 'Contact your legislators') : null,
          });
          if (kind === 'full') {
            // A message with a link inside (msg(html`…`)) must survive the build's minifier.
            const official = await page.evaluate(async () => {
              const contact = document.querySelector('sca-contact');
              await contact.open();
              const root = contact.shadowRoot;
              const input = root.querySelector('#town');
              input.value = 'Atlantis';
              input.dispatchEvent(new InputEvent('input'));
              root.querySelector('form').requestSubmit();
              await new Promise((resolve) => setTimeout(resolve, 100));
              return root.querySelector('#town-error .official').textContent.replace(/\s+/g, ' ').trim();
            });
            const expected = translationOf(locale, 'You can also use the official <x id="0" equiv-text="&lt;a href=&quot;${FIND_MY_LEGISLATOR_URL}&quot; target=&quot;_blank&quot; rel=&quot;noopener noreferrer&quot;&gt;"/>Find My Legislator page<x id="1" equiv-text="&lt;/a&gt;"/>.');
            assert.equal(official, expected);
          }
          assert.deepEqual(record.pageErrors, []);
        } finally {
          await context.close();
        }
      });
    }
  }
});
