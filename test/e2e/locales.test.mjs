// Every language from the built files, as a reader downloads it: the entry, then that language's
// catalogs beside it (fetched with the integrity hash inside the entry) and nothing of any other
// language. A changed or missing catalog is refused: the widget stays in English and says so in
// the reader's language.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { readUnits } from '../../scripts/lib/xliff.mjs';
import { startStaticServer } from '../../scripts/lib/static-server.mjs';
import { catalogKinds, isWidgetFile, openRecordedPage, startHostOrigin, usePartnerPage } from './support.mjs';

const { targetLocales: LOCALES } = JSON.parse(readFileSync('lit-localize.json', 'utf8'));
const ALL = ['en', ...LOCALES].join(' ');
const decode = (text) => text.replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"');

/** The translation as a reader sees it: placeholders (link marks) dropped, entities decoded. */
function translationOf(locale, source) {
  const unit = readUnits(readFileSync(`xliff/${locale}.xlf`, 'utf8')).find((candidate) => decode(candidate.source.replace(/<x [^>]*\/>/g, '')) === source);
  assert.ok(unit?.target, `${locale} translates "${source}"`);
  return decode(unit.target.replace(/<x [^>]*\/>/g, '')).replace(/\s+/g, ' ').trim();
}

const page = (lang, scriptUrl, file, body, extra = '') => `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>${lang}</title>
${file.includes('iife') ? `<script src="${scriptUrl}/${file}"></script>` : `<script type="module" src="${scriptUrl}/${file}"></script>`}${extra}</head>
<body>${body}</body></html>`;
const csp = (scriptUrl) => `default-src 'none'; script-src ${scriptUrl}; style-src 'self'; connect-src ${scriptUrl}; require-trusted-types-for 'script'; trusted-types safe-communities-widgets`;

async function titleIs(browserPage, expected) {
  await browserPage.waitForFunction(
    (text) => {
      const root = document.querySelector('sca-explainer')?.shadowRoot?.querySelector('[part="container"]');
      return root && root.getAttribute('aria-busy') !== 'true' && root.querySelector('[part="title"]')?.textContent.trim() === text;
    },
    expected,
    { timeout: 8000 },
  );
}

describe('every language from the built files', () => {
  const partner = usePartnerPage('locales', async (scriptUrl) => {
    const pages = {};
    for (const locale of LOCALES) {
      for (const [kind, file] of [
        ['full', 'safe-communities.js'],
        ['explainer', 'safe-communities-explainer.js'],
        ['iife', 'safe-communities.iife.js'],
      ]) {
        pages[`${kind}-${locale}.html`] = {
          headers: { 'content-security-policy': csp(scriptUrl) },
          html: page(locale, scriptUrl, file, `<sca-explainer languages="${ALL}"></sca-explainer>${kind === 'explainer' ? '' : `<sca-contact languages="${ALL}"></sca-contact>`}`),
        };
      }
    }
    pages['twice.html'] = {
      headers: { 'content-security-policy': csp(scriptUrl) },
      html: page('es', scriptUrl, 'safe-communities.iife.js', '<sca-explainer></sca-explainer><sca-contact></sca-contact>', `<script src="${scriptUrl}/safe-communities.iife.js?again"></script><script type="module" src="${scriptUrl}/safe-communities.js"></script>`),
    };
    // The explainer-only file first, then the full one: the campaign's inner explainer is the
    // first file's element, whose copy of the script must load the language too.
    pages['both-files.html'] = {
      headers: { 'content-security-policy': csp(scriptUrl) },
      html: page('es', scriptUrl, 'safe-communities-explainer.js', '<sca-campaign></sca-campaign>', `<script type="module" src="${scriptUrl}/safe-communities.js"></script>`),
    };
    pages['preview-unlisted.html'] = { html: page('km', scriptUrl, 'safe-communities.js', '<sca-explainer></sca-explainer>') };
    return { pages };
  });

  for (const locale of LOCALES) {
    for (const kind of ['full', 'explainer', 'iife']) {
      it(`${locale} from the ${kind} file: only its own catalogs`, async () => {
        const { context, page: browserPage, record } = await openRecordedPage(partner.browser);
        try {
          await browserPage.goto(`${partner.hostUrl}/${kind}-${locale}.html`);
          await titleIs(browserPage, translationOf(locale, 'The Safe Communities Act'));
          const seen = await browserPage.evaluate(() => {
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
            button: kind === 'explainer' ? null : translationOf(locale, 'Contact your legislators'),
          });
          const shown = record.requests.filter((url) => url.startsWith(partner.scriptUrl));
          assert.deepEqual(catalogKinds(shown), [`${locale}.page`], 'before the dialog: the page messages of this language alone');
          if (kind !== 'explainer') {
            // A sentence with a link: the translation's words, the link drawn by the template.
            const official = await browserPage.evaluate(async () => {
              const contact = document.querySelector('sca-contact');
              await contact.open();
              const root = contact.shadowRoot;
              const input = root.querySelector('#town');
              input.value = 'Atlantis';
              input.dispatchEvent(new InputEvent('input'));
              root.querySelector('form').requestSubmit();
              await new Promise((resolve) => setTimeout(resolve, 100));
              const sentence = root.querySelector('#town-error .official');
              const link = sentence.querySelector('a');
              return { text: sentence.textContent.replace(/\s+/g, ' ').trim(), href: link?.href, linkText: link?.textContent.trim() };
            });
            assert.equal(official.text, translationOf(locale, 'You can also use the official Find My Legislator page.'));
            assert.equal(official.href, 'https://malegislature.gov/Search/FindMyLegislator');
            assert.ok(official.linkText.length > 3);
            const all = record.requests.filter((url) => url.startsWith(partner.scriptUrl));
            assert.deepEqual(
              catalogKinds(all).sort(),
              [`${locale}.dialog`, `${locale}.page`, `${locale}.ask-cosponsor`, 'en.ask-cosponsor', 'districts'].sort(),
              'with the dialog: its messages, the ask’s scripts (English, and their meaning) and the tables',
            );
            assert.ok(all.every((url) => isWidgetFile(url, partner.scriptUrl)));
          }
          assert.deepEqual(record.pageErrors, []);
          assert.deepEqual(record.consoleErrors, []);
        } finally {
          await context.close();
        }
      });
    }
  }

  /** Records, in the page, how the explainer looks after its first render (before any later one). */
  const recordFirstRender = () => {
    const define = customElements.define.bind(customElements);
    customElements.define = (name, elementClass, options) => {
      define(name, elementClass, options);
      if (name !== 'sca-explainer') return;
      const explainer = document.querySelector('sca-explainer');
      window.__definedAt = performance.now();
      explainer.updateComplete.then(() => {
        const root = explainer.shadowRoot.querySelector('[part="container"]');
        window.__firstRender = { busy: root.getAttribute('aria-busy') === 'true', lang: root.getAttribute('lang'), title: root.querySelector('[part="title"]')?.textContent.trim() ?? null };
      });
    };
  };

  for (const kind of ['full', 'explainer']) {
    it(`the ${kind} module file renders once, already in the reader's language`, async () => {
      const { context, page: browserPage } = await openRecordedPage(partner.browser);
      try {
        await browserPage.addInitScript(recordFirstRender);
        await browserPage.goto(`${partner.hostUrl}/${kind}-es.html`);
        await titleIs(browserPage, translationOf('es', 'The Safe Communities Act'));
        // Recorded when the first update completes, which can come a moment after the title shows
        // (fresh-clone CI once read it before): wait for the record, then check what it says.
        await browserPage.waitForFunction(() => window.__firstRender !== undefined, null, { timeout: 5000 });
        assert.deepEqual(await browserPage.evaluate(() => window.__firstRender), { busy: false, lang: 'es', title: translationOf('es', 'The Safe Communities Act') });
      } finally {
        await context.close();
      }
    });
  }

  it('a slow catalog: the module file defines its elements after half a second, holds their space, then shows the language', async () => {
    const { context, page: browserPage, record } = await openRecordedPage(partner.browser);
    try {
      await browserPage.addInitScript(recordFirstRender);
      let released = 0;
      await context.route(/\/catalogs\/es\.page\./, async (route) => {
        await new Promise((resolve) => setTimeout(resolve, 1500));
        released = Date.now();
        await route.continue();
      });
      const started = Date.now();
      await browserPage.goto(`${partner.hostUrl}/full-es.html`);
      await browserPage.waitForFunction(() => window.__firstRender, null, { timeout: 8000 });
      const first = await browserPage.evaluate(() => window.__firstRender);
      assert.equal(first.busy, true, 'defined before the catalog, holding its space');
      assert.equal(first.title, null);
      // Defined once the half second was up, not at once and not when the catalog came (1.5 s).
      const definedAt = await browserPage.evaluate(() => window.__definedAt);
      assert.ok(definedAt >= 450 && definedAt < 1400, `defined at ${Math.round(definedAt)} ms`);
      await titleIs(browserPage, translationOf('es', 'The Safe Communities Act'));
      assert.ok(released - started >= 1400);
      assert.deepEqual(catalogKinds(record.requests), ['es.page'], 'one request, shared by the early start and the widgets');
      assert.deepEqual(record.consoleErrors, []);
    } finally {
      await context.close();
    }
  });

  it('a language whose dialog part cannot load: the dialog opens in English, with every word, and says why', async () => {
    const { context, page: browserPage, record } = await openRecordedPage(partner.browser);
    try {
      await context.route(/\/catalogs\/es\.dialog\./, (route) => route.abort());
      await browserPage.goto(`${partner.hostUrl}/full-es.html`);
      await titleIs(browserPage, translationOf('es', 'The Safe Communities Act'));
      await browserPage.evaluate(() => document.querySelector('sca-contact').open());
      await browserPage.locator('sca-contact #town').waitFor();
      // English's dialog part came instead, so the fetched words are there, in English.
      assert.equal((await browserPage.locator('sca-contact label[for="town"]').textContent()).trim(), 'Where do you live?');
      assert.ok(catalogKinds(record.requests).includes('en.dialog'), catalogKinds(record.requests).join(' '));
      assert.ok(record.consoleErrors.some((text) => text.includes("(es)")), record.consoleErrors.join('\n'));
    } finally {
      await context.close();
    }
  });

  it('the script included twice (classic twice and the module): each catalog is fetched once', async () => {
    const { context, page: browserPage, record } = await openRecordedPage(partner.browser);
    try {
      await browserPage.goto(`${partner.hostUrl}/twice.html`);
      await titleIs(browserPage, translationOf('es', 'The Safe Communities Act'));
      await browserPage.evaluate(() => document.querySelector('sca-contact').open());
      await browserPage.locator('sca-contact #town').waitFor();
      assert.deepEqual(catalogKinds(record.requests).sort(), ['districts', 'en.ask-cosponsor', 'es.ask-cosponsor', 'es.dialog', 'es.page']);
      assert.deepEqual(record.pageErrors, []);
    } finally {
      await context.close();
    }
  });

  it('the explainer-only file beside the full one: the campaign shows, in the page’s language', async () => {
    const { context, page: browserPage, record } = await openRecordedPage(partner.browser);
    try {
      await browserPage.goto(`${partner.hostUrl}/both-files.html`);
      const expected = translationOf('es', 'The Safe Communities Act');
      await browserPage.waitForFunction(
        (text) => {
          const explainer = document.querySelector('sca-campaign')?.shadowRoot?.querySelector('sca-explainer');
          const root = explainer?.shadowRoot?.querySelector('[part="container"]');
          return root && root.getAttribute('aria-busy') !== 'true' && root.querySelector('[part="title"]')?.textContent.trim() === text;
        },
        expected,
        { timeout: 8000 },
      );
      assert.deepEqual(record.pageErrors, []);
    } finally {
      await context.close();
    }
  });

  it('a preview language is not chosen unless the partner lists it', async () => {
    const { context, page: browserPage, record } = await openRecordedPage(partner.browser, { locale: 'km-KH' });
    try {
      await browserPage.goto(`${partner.hostUrl}/preview-unlisted.html`);
      await titleIs(browserPage, 'The Safe Communities Act');
      assert.deepEqual(catalogKinds(record.requests), []);
    } finally {
      await context.close();
    }
  });
});

describe('a catalog that cannot be used is refused', () => {
  let scriptOrigin;
  let hostOrigin;
  let browser;
  const root = join('.tmp', 'e2e', 'tampered-dist');

  before(async () => {
    rmSync(root, { recursive: true, force: true });
    mkdirSync(root, { recursive: true });
    cpSync('dist', root, { recursive: true });
    const catalogs = readdirSync(join(root, 'catalogs'));
    // Spanish: one message changed by a byte, as a compromised host might. Vietnamese: gone.
    const es = catalogs.find((file) => file.startsWith('es.page.'));
    writeFileSync(join(root, 'catalogs', es), readFileSync(join(root, 'catalogs', es), 'utf8').replace('Ley', 'Lay'));
    rmSync(join(root, 'catalogs', catalogs.find((file) => file.startsWith('vi.page.'))));
    scriptOrigin = await startStaticServer(root, { host: '127.0.0.1', headers: () => ({ 'access-control-allow-origin': '*' }) });
    const pages = {};
    for (const locale of ['es', 'vi']) {
      pages[`${locale}.html`] = {
        headers: { 'content-security-policy': csp(scriptOrigin.url) },
        html: page(locale, scriptOrigin.url, 'safe-communities.js', '<sca-explainer></sca-explainer><sca-contact></sca-contact>'),
      };
    }
    hostOrigin = await startHostOrigin('tampered', pages);
    const { launchBrowser } = await import('./support.mjs');
    browser = await launchBrowser();
  });
  after(async () => {
    await browser?.close();
    await hostOrigin?.close();
    await scriptOrigin?.close();
  });

  for (const [locale, why] of [
    ['es', 'changed'],
    ['vi', 'missing'],
  ]) {
    it(`${locale}: a ${why} catalog leaves the widget in English, saying so in ${locale}, with the reason in the console`, async () => {
      const { context, page: browserPage, record } = await openRecordedPage(browser);
      try {
        await browserPage.goto(`${hostOrigin.url}/${locale}.html`);
        await titleIs(browserPage, 'The Safe Communities Act');
        const notice = await browserPage.evaluate(() => {
          const element = document.querySelector('sca-explainer').shadowRoot.querySelector('[part="language-notice"]');
          return element && { lang: element.getAttribute('lang'), text: element.textContent.trim() };
        });
        assert.equal(notice?.lang, locale);
        assert.match(notice.text, locale === 'es' ? /español.*inglés/ : /tiếng Việt.*tiếng Anh/);
        assert.equal(await browserPage.evaluate(() => document.querySelector('sca-explainer').shadowRoot.querySelector('[part="container"]').lang), 'en');
        assert.equal(record.consoleErrors.filter((line) => /could not load the .* messages/.test(line)).length, 1, record.consoleErrors.join('\n'));
        assert.deepEqual(catalogKinds(record.requests), [`${locale}.page`], 'refused once, not fetched again');
        // The contact flow still works, in English.
        await browserPage.evaluate(() => document.querySelector('sca-contact').open());
        await browserPage.locator('sca-contact #town').waitFor();
        assert.equal((await browserPage.locator('sca-contact label[for="town"]').textContent()).trim(), 'Where do you live?');
        assert.deepEqual(record.pageErrors, []);
      } finally {
        await context.close();
      }
    });
  }
});
