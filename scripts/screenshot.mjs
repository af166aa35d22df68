// `npm run screenshot`: photographs the demo in Debian's chromium at phone and desktop widths,
// in the dark theme and right-to-left, into docs/screenshots/. docs/screenshots/demo-desktop.png
// is the README's picture.
import { mkdirSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { chromiumArgs, chromiumPath } from './lib/chromium.mjs';
import { startStaticServer } from './lib/static-server.mjs';

const shots = [
  { name: 'demo-desktop', width: 1280, height: 900 },
  { name: 'demo-themes', width: 1280, height: 900, scrollTo: '#themes' },
  { name: 'demo-phone', width: 390, height: 844, scrollTo: '#main-explainer' },
  { name: 'demo-dark', width: 1280, height: 900, theme: 'dark' },
  { name: 'demo-rtl-phone', width: 390, height: 844, lang: 'ar', scrollTo: '#main-explainer' },
];

mkdirSync('docs/screenshots', { recursive: true });
const server = await startStaticServer('.');
const browser = await chromium.launch({ executablePath: chromiumPath, headless: true, args: chromiumArgs });
try {
  for (const shot of shots) {
    const page = await browser.newPage({ viewport: { width: shot.width, height: shot.height } });
    await page.goto(`${server.url}/demo/index.html`);
    await page.locator('sca-explainer [part~="provision-title"]').first().waitFor();
    await page.evaluate(({ theme, lang, scrollTo }) => {
      if (theme) for (const element of document.querySelectorAll('sca-explainer')) element.setAttribute('theme', theme);
      if (lang) {
        document.documentElement.lang = lang;
        document.documentElement.dir = 'rtl';
      }
      if (scrollTo) document.querySelector(scrollTo).scrollIntoView();
    }, shot);
    await page.waitForTimeout(300);
    const path = `docs/screenshots/${shot.name}.png`;
    await page.screenshot({ path });
    console.log(`wrote ${path}`);
    await page.close();
  }
} finally {
  await browser.close();
  await server.close();
}
