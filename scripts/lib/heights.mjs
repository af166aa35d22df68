// The "no jump" heights: how tall the explainer and the campaign are once shown, measured in
// Debian's chromium at a phone, a tablet and a desktop width (`npm run heights` writes
// docs/heights.json and the CSS in the docs from it). Every doc's CSS comes from that one table
// (test/node/docs.test.mjs); test/e2e/heights.test.mjs measures again and compares.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { chromiumArgs, chromiumPath } from './chromium.mjs';
import { startStaticServer } from './static-server.mjs';
import { DATA_COURT_NUMBER, TEST_NOW } from './test-clock.mjs';

/** Viewport widths, and the width from which each row of the CSS applies. */
export const WIDTHS = [
  { name: 'phone', viewport: 390, from: 0 },
  { name: 'large phone', viewport: 600, from: 560 },
  { name: 'tablet', viewport: 768, from: 768 },
  { name: 'desktop', viewport: 1280, from: 1200 },
];
export const ELEMENTS = ['sca-explainer', 'sca-campaign'];

/**
 * Heights in px (rounded up to 10), of each element alone on a page in the default cards layout
 * with the default text, common questions closed, full width less 16 px each side, in English.
 */
export async function measureHeights(root = '.') {
  mkdirSync(join(root, '.tmp', 'heights'), { recursive: true });
  for (const element of ELEMENTS) {
    writeFileSync(
      join(root, '.tmp', 'heights', `${element}.html`),
      `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${element}</title><style>body { margin: 0; } .column { padding: 0 16px; }</style>
<script type="module" src="/dist/safe-communities.js"></script></head>
<body><div class="column"><${element} bill-session="${DATA_COURT_NUMBER}"></${element}></div></body></html>`,
    );
  }
  const server = await startStaticServer(root);
  const browser = await chromium.launch({ executablePath: chromiumPath, headless: true, args: chromiumArgs });
  const heights = {};
  try {
    for (const element of ELEMENTS) {
      heights[element] = {};
      for (const { name, viewport } of WIDTHS) {
        const page = await browser.newPage({ viewport: { width: viewport, height: 900 }, locale: 'en-US' });
        // The page's clock fixed, like every widget test: what the widget shows depends on the date.
        await page.clock.setFixedTime(TEST_NOW);
        await page.goto(`${server.url}/.tmp/heights/${element}.html`);
        await page.waitForFunction((tag) => {
          const box = document.querySelector(tag)?.shadowRoot?.querySelector('[part="container"], .root');
          return box && box.getAttribute('aria-busy') !== 'true';
        }, element);
        // The common questions and the contact button come a frame after the provisions, and fonts
        // may still load: the height counts once it has held for five frames in a row.
        const height = await page.evaluate(
          (tag) =>
            new Promise((resolve) => {
              let last = -1;
              let same = 0;
              const check = () => {
                const now = document.querySelector(tag).getBoundingClientRect().height;
                same = now === last ? same + 1 : 0;
                last = now;
                if (same >= 5) resolve(now);
                else requestAnimationFrame(check);
              };
              document.fonts.ready.then(check);
            }),
          element,
        );
        heights[element][name] = Math.ceil(height / 10) * 10;
        await page.close();
      }
    }
  } finally {
    await browser.close();
    await server.close();
  }
  return heights;
}

/** The CSS that reserves those heights, for the README and the guides. */
export function heightsCss(heights, elements = ELEMENTS) {
  const rule = (size) => elements.map((element) => `${element}:not(:defined) { min-height: ${heights[element][size]}px; }`);
  const [phone, ...wider] = WIDTHS;
  return [
    `${elements.map((element) => `${element}:not(:defined)`).join(',\n')} {\n  display: block;\n}`,
    `/* ${phone.name}s (${phone.viewport} px wide): the cards stack */`,
    ...rule(phone.name),
    ...wider.map(({ name, from, viewport }) => `@media (min-width: ${from}px) { /* ${name} (${viewport} px) */\n  ${rule(name).join('\n  ')}\n}`),
  ].join('\n');
}

/** The docs' height blocks (```css after a `<!-- heights: elements -->` mark) rewritten from the table. */
export function applyHeights(text, heights) {
  return text.replace(/(<!-- heights: ([\w -]+) -->\n```css\n)(?:(?!```)[^])*```/g, (_, open, list) => `${open}${heightsCss(heights, list.trim().split(/\s+/))}\n\`\`\``);
}
