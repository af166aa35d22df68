// What one reader downloads and how soon they see the widget, measured in Debian's chromium from
// the files dist/ serves (used by `npm run bench`). Nothing here is a test: it prints figures.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { rollup } from 'rollup';
import resolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import { chromiumArgs, chromiumPath } from './chromium.mjs';
import { startStaticServer } from './static-server.mjs';
import { launchOverPipe, timeInFreshContext } from './cdp-pipe.mjs';
import { importTs } from './import-ts.mjs';
import { COMPILE_HINT } from '../../rollup.config.mjs';

const KB = 1024;
/** The figures the languages issue set, gzip: before the widgets show, and once the dialog is open. */
export const SHOW_BUDGET = 48 * KB;
export const DIALOG_BUDGET = 60 * KB;
const ALL = 'en es pt-BR ht zh-Hans zh-Hant vi ar ru km kea';
const FIXED_NOW = Date.parse('2026-12-02T15:00:00Z');

const gzipOf = (root, path) => gzipSync(readFileSync(join(root, path)), { level: 9 }).length;

/**
 * A bench page: the element, the script, and a probe that records when the three provisions
 * are rendered, in the page's language, no longer held back (`find` returns them, or null).
 */
function page(lang, body, script, find) {
  return `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>bench</title></head><body>
${body}
<script type="module" src="${script}"></script>
<script>
  (function check() {
    const provisions = (${find})();
    if (provisions && provisions.length === 3) {
      // The language they show in, read at that moment (a widget whose catalog failed shows English).
      const widget = document.querySelector('sca-campaign, sca-explainer');
      window.__visibleLang = widget ? widget.shadowRoot.querySelector('.root').lang : document.documentElement.lang;
      window.__visible = performance.now();
    } else requestAnimationFrame(check);
  })();
</script>
</body></html>`;
}

/** The provisions of an explainer in `root` (a document or a shadow root), once it shows its content. */
const explainerIn = (root) => `(() => {
  const explainer = ${root}.querySelector('sca-explainer');
  const box = explainer && explainer.shadowRoot && explainer.shadowRoot.querySelector('.root');
  return box && box.getAttribute('aria-busy') !== 'true' ? explainer.shadowRoot.querySelectorAll('.provision') : null;
})`;

function writePages(root) {
  const dir = join(root, '.tmp', 'bench');
  mkdirSync(dir, { recursive: true });
  const bundle = '/dist/safe-communities.js';
  for (const locale of ALL.split(' ')) {
    const campaignReady = `(() => {
      const campaign = document.querySelector('sca-campaign');
      const box = campaign && campaign.shadowRoot && campaign.shadowRoot.querySelector('.root');
      return box && box.getAttribute('aria-busy') !== 'true' ? ${explainerIn('campaign.shadowRoot')}() : null;
    })`;
    writeFileSync(join(dir, `campaign-${locale}.html`), page(locale, `<sca-campaign languages="${ALL}" bill-session="194"></sca-campaign>`, bundle, campaignReady));
  }
  // The element that shows the provisions, alone, from the full bundle (the usual snippet).
  writeFileSync(join(dir, 'explainer-en.html'), page('en', '<sca-explainer></sca-explainer>', bundle, explainerIn('document')));
  const minimalReady = `(() => { const element = document.querySelector('minimal-provisions'); return element && element.shadowRoot && element.shadowRoot.querySelectorAll('.provision'); })`;
  writeFileSync(join(dir, 'minimal.html'), page('en', '<minimal-provisions></minimal-provisions>', '/.tmp/bench/minimal.js', minimalReady));
  writeFileSync(join(dir, 'minimal-hinted.html'), page('en', '<minimal-provisions></minimal-provisions>', '/.tmp/bench/minimal-hinted.js', minimalReady));
  return dir;
}

/**
 * The reference: the smallest Lit element that shows what ours shows first, the title, the
 * introduction and the three provisions with what each does and why it matters (in English,
 * from the same messages), in a plain production build (production Lit, terser). Also written
 * with our V8 compile hint (minimal-hinted.js), for a figure that leaves the hint out of the
 * comparison: the hint speeds any bundle up, the minimal element's too.
 */
async function buildMinimal(dir) {
  const { explainerCopy } = await importTs('src/content/provisions.ts');
  const copy = explainerCopy();
  const entry = `import { LitElement, html, css } from 'lit';
const COPY = ${JSON.stringify({ title: copy.title, intro: copy.intro, provisions: copy.provisions, whatLabel: copy.whatLabel, whyLabel: copy.whyLabel })};
class MinimalProvisions extends LitElement {
  static styles = css\`:host { display: block; font-family: system-ui, sans-serif; } .provision { margin: 1em 0; padding: 1em; border: 1px solid #8a94a3; border-radius: 0.5em; } .label { font-weight: 700; margin-inline-end: 0.5em; }\`;
  render() {
    return html\`<h2>\${COPY.title}</h2><p>\${COPY.intro}</p><ol>\${COPY.provisions.map((provision) => html\`<li class="provision">
      <h3>\${provision.title}</h3>
      <p><span class="label">\${COPY.whatLabel}</span>\${provision.what}</p>
      <p><span class="label">\${COPY.whyLabel}</span>\${provision.why}</p></li>\`)}</ol>\`;
  }
}
customElements.define('minimal-provisions', MinimalProvisions);`;
  const bundle = await rollup({
    input: '\0minimal',
    plugins: [
      { name: 'entry', resolveId: (id) => (id === '\0minimal' ? id : null), load: (id) => (id === '\0minimal' ? entry : null) },
      resolve({ exportConditions: ['production', 'browser'] }),
      terser({ module: true }),
    ],
  });
  await bundle.write({ file: join(dir, 'minimal.js'), format: 'es' });
  await bundle.write({ file: join(dir, 'minimal-hinted.js'), format: 'es', banner: COMPILE_HINT });
  await bundle.close();
}

/**
 * For each language: the files the reader's browser fetched, gzip, until the widget shows in
 * their language, and once the contact dialog is open.
 */
export async function measureDownloads(root) {
  const dir = writePages(root);
  await buildMinimal(dir);
  const server = await startStaticServer(root);
  const browser = await chromium.launch({ executablePath: chromiumPath, headless: true, args: chromiumArgs });
  const rows = [];
  try {
    for (const locale of ALL.split(' ')) {
      const context = await browser.newContext({ locale: 'en-US' });
      const page = await context.newPage();
      await page.clock.setFixedTime(FIXED_NOW);
      const fetched = [];
      page.on('requestfinished', (request) => {
        const url = new URL(request.url());
        if (url.pathname.startsWith('/dist/')) fetched.push(url.pathname.slice(1));
      });
      await page.goto(`${server.url}/.tmp/bench/campaign-${locale}.html`);
      await page.waitForFunction(() => window.__visible !== undefined);
      const shownLang = await page.evaluate(() => document.querySelector('sca-campaign').shadowRoot.querySelector('.root').lang);
      const beforeShow = [...new Set(fetched)];
      await page.evaluate(() => document.querySelector('sca-campaign').shadowRoot.querySelector('sca-contact').shadowRoot.querySelector('.open').click());
      await page.waitForFunction(() => document.querySelector('sca-campaign').shadowRoot.querySelector('sca-contact').shadowRoot.querySelector('dialog').open);
      const all = [...new Set(fetched)];
      const sum = (files) => files.reduce((total, file) => total + gzipOf(root, file), 0);
      rows.push({ locale, shownLang, beforeShow, all, showBytes: sum(beforeShow), allBytes: sum(all) });
      await context.close();
    }
  } finally {
    await browser.close();
    await server.close();
  }
  return rows;
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
};

/**
 * Navigation to the three provisions visible, under 4x CPU throttling, ours (the campaign in
 * English and in Spanish) against the minimal element, runs alternating. Driven over chromium's
 * DevTools pipe with no DevTools domain on (cdp-pipe.mjs): Playwright's Network domain would
 * make the Spanish page's catalog fetch() pay for a stack trace no reader's browser takes.
 */
export async function measureFirstRender(root, runs = 31) {
  const dir = writePages(root);
  await buildMinimal(dir);
  const server = await startStaticServer(root);
  /** Each page, and the language it must show in for its time to count. */
  const pages = {
    minimal: ['minimal.html', 'en'],
    'minimal, compile hint': ['minimal-hinted.html', 'en'],
    'explainer (en)': ['explainer-en.html', 'en'],
    'campaign (en)': ['campaign-en.html', 'en'],
    'campaign (es)': ['campaign-es.html', 'es'],
  };
  const times = Object.fromEntries(Object.keys(pages).map((name) => [name, []]));
  let browser = null;
  try {
    browser = await launchOverPipe(chromiumPath, chromiumArgs);
    for (let run = 0; run < runs; run++) {
      for (const [name, [file, expected]] of Object.entries(pages)) {
        // A fresh browser context each time: nothing cached, as for a first visit.
        const { time, then: shownIn } = await timeInFreshContext(browser, `${server.url}/.tmp/bench/${file}`, { rate: 4, then: 'window.__visibleLang' });
        // A time is only a time of the page in its own language: English after a failed catalog is no figure.
        if (shownIn !== expected) throw new Error(`${file} showed in ${shownIn}, not ${expected}`);
        times[name].push(time);
      }
    }
  } finally {
    await browser?.close();
    await server.close();
  }
  return Object.fromEntries(Object.entries(times).map(([name, samples]) => [name, { median: median(samples), samples }]));
}
