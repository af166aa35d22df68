// `npm run screenshot`: photographs the demo in Debian's chromium at phone and desktop widths,
// in the dark theme and right-to-left, into docs/screenshots/. docs/screenshots/demo-desktop.png
// is the README's picture.
import { mkdirSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { chromiumArgs, chromiumPath } from './lib/chromium.mjs';
import { startStaticServer } from './lib/static-server.mjs';
import { DATA_COURT_ENDS, TEST_NOW } from './lib/test-clock.mjs';
import { importTs } from './lib/import-ts.mjs';

/** A member from elsewhere who co-sponsors, for a Pittsfield reader: Abington's representative, from the data. */
const { resolveTown } = await importTs('src/lookup/index.ts');
const THANKED_MEMBER = resolveTown('Abington').house.member.code;

// Pictures on a fixed clock, so they do not change with the date; the stale ones on the first
// afternoon of the next General Court.
const STALE = Date.parse(`${DATA_COURT_ENDS}T17:00:00Z`);

const shots = [
  { name: 'demo-desktop', width: 1280, height: 900 },
  { name: 'demo-themes', width: 1280, height: 900, scrollTo: '#themes' },
  { name: 'demo-phone', width: 390, height: 844, scrollTo: '#main-explainer' },
  { name: 'demo-dark', width: 1280, height: 900, theme: 'dark' },
  { name: 'demo-rtl-phone', width: 390, height: 844, lang: 'ar', scrollTo: '#main-explainer' },
  { name: 'demo-creole-desktop', width: 1280, height: 900, lang: 'ht', scrollTo: '#main-explainer' },
  { name: 'demo-khmer-phone', width: 390, height: 844, lang: 'km', scrollTo: '#main-explainer' },
  { name: 'demo-traditional-chinese-desktop', width: 1280, height: 900, lang: 'zh-Hant', scrollTo: '#main-explainer' },
  { name: 'demo-kriolu-dark', width: 1280, height: 900, lang: 'kea', theme: 'dark', scrollTo: '#main-explainer' },
  { name: 'builder-desktop', width: 1280, height: 1000, page: 'builder.html' },
  { name: 'contact-town-phone', width: 390, height: 844, contact: { town: 'jamaica', keys: [] } },
  { name: 'contact-results-phone', width: 390, height: 844, contact: { town: 'Abington', keys: ['Enter'], openDetails: true } },
  { name: 'contact-precinct-desktop', width: 1280, height: 900, contact: { town: 'Cambridge', keys: ['Enter'], unsure: true } },
  { name: 'contact-results-dark', width: 1280, height: 900, theme: 'dark', contact: { town: 'Abington', keys: ['Enter'] } },
  { name: 'contact-results-rtl-phone', width: 390, height: 844, lang: 'ar', contact: { town: 'Abington', keys: ['Enter'] } },
  { name: 'contact-results-russian-phone', width: 390, height: 844, lang: 'ru', contact: { town: 'Abington', keys: ['Enter'] } },
  { name: 'contact-results-khmer-phone', width: 390, height: 844, lang: 'km', contact: { town: 'Abington', keys: ['Enter'] } },
  { name: 'contact-precinct-traditional-chinese-dark', width: 1280, height: 900, lang: 'zh-Hant', theme: 'dark', contact: { town: 'Cambridge', keys: ['Enter'], unsure: true } },
  { name: 'contact-stale-phone', width: 390, height: 844, now: STALE, contact: { town: 'Abington', keys: ['Enter'] } },
  { name: 'contact-stale-dark', width: 1280, height: 900, theme: 'dark', now: STALE, contact: { town: 'Abington', keys: ['Enter'] } },
  { name: 'contact-stale-rtl-phone', width: 390, height: 844, lang: 'ar', now: STALE, contact: { town: 'Abington', keys: ['Enter'] } },
  { name: 'contact-stale-unsure-desktop', width: 1280, height: 900, lang: 'es', now: STALE, contact: { town: 'Cambridge', keys: ['Enter'], unsure: true } },
  // A second number, and an email in Arabic too long for a mailto: link (the call step issue).
  { name: 'contact-second-number-ar-phone', width: 390, height: 844, lang: 'ar', contact: { town: 'Pittsfield', keys: ['Enter'], readerEmail: true } },
  // Another member who already co-sponsors is thanked, with an email that claims no district.
  {
    name: 'contact-member-thanks-pt-BR-phone',
    width: 390,
    height: 844,
    lang: 'pt-BR',
    attributes: { 'bill-house': 'H.2580', 'bill-session': '194', 'also-contact': `member:${THANKED_MEMBER}`, cosponsors: THANKED_MEMBER },
    contact: { town: 'Pittsfield', keys: ['Enter'], scrollIn: 'h3.also' },
  },
  // One per ask (the asks issue): a Pittsfield reader with the campaign's also-contact.
  ...[
    { ask: 'cosponsor', width: 390, height: 844 },
    { ask: 'budget-amendment', width: 1280, height: 900, attributes: { 'amendment-house': '1031' }, also: 'speaker, committee:J22, governor', scrollIn: 'h3.also' },
    { ask: 'report-out', width: 390, height: 844, lang: 'es', also: 'committee:J22', scrollIn: 'h3.also' },
    { ask: 'floor-vote', width: 1280, height: 900, lang: 'ar', theme: 'dark', also: 'speaker, senate-president', scrollIn: 'h3.also' },
  ].map(({ ask, also, attributes = {}, ...shot }) => ({
    name: `contact-ask-${ask}${shot.lang ? `-${shot.lang}` : ''}${shot.theme ? `-${shot.theme}` : ''}-${shot.width < 600 ? 'phone' : 'desktop'}`,
    ...shot,
    attributes: { ask, 'bill-house': 'H.2580', 'bill-senate': 'S.1681', 'bill-session': '194', ...(also ? { 'also-contact': also } : {}), ...attributes },
    contact: { town: 'Pittsfield', keys: ['Enter'], scrollIn: shot.scrollIn },
  })),
];

/** Opens the contact dialog and types a town, as a reader would. */
async function walkContact(page, { town, keys, openDetails, unsure, scrollIn, readerEmail }) {
  await page.locator('sca-contact [part="button"]').click();
  await page.locator('sca-contact #town').pressSequentially(town);
  for (const key of keys) await page.keyboard.press(key);
  if (unsure) await page.locator('sca-contact .actions .secondary').first().click();
  if (openDetails) await page.locator('sca-contact details').first().evaluate((details) => (details.open = true));
  if (scrollIn) await page.locator(`sca-contact ${scrollIn}`).evaluate((element) => element.scrollIntoView());
  if (readerEmail) {
    const card = page.locator('sca-contact [part="legislator"]').first();
    await card.locator('details').nth(1).evaluate((details) => (details.open = true));
    await card.locator('.email-language input').nth(1).check();
    await card.locator('.second-number').evaluate((element) => element.scrollIntoView());
  }
}

mkdirSync('docs/screenshots', { recursive: true });
const server = await startStaticServer('.');
const browser = await chromium.launch({ executablePath: chromiumPath, headless: true, args: chromiumArgs });
try {
  // `npm run screenshot -- NAME` photographs only the shots whose name contains NAME.
  for (const shot of shots.filter((candidate) => candidate.name.includes(process.argv[2] ?? ''))) {
    const page = await browser.newPage({ viewport: { width: shot.width, height: shot.height } });
    await page.clock.setFixedTime(shot.now ?? TEST_NOW);
    await page.goto(`${server.url}/demo/${shot.page ?? 'index.html'}`);
    await page.locator('sca-explainer [part~="provision-title"], #preview sca-campaign').first().waitFor();
    await page.evaluate(({ theme, lang, scrollTo, attributes }) => {
      for (const [name, value] of Object.entries(attributes ?? {})) document.querySelector('sca-contact').setAttribute(name, value);
      if (theme) for (const element of document.querySelectorAll('sca-explainer, sca-contact')) element.setAttribute('theme', theme);
      if (lang) {
        // The preview languages are on only where a partner lists them.
        if (['km', 'kea'].includes(lang)) {
          for (const element of document.querySelectorAll('sca-explainer, sca-contact, sca-campaign')) element.setAttribute('languages', `en ${lang}`);
        }
        document.documentElement.lang = lang;
        // The host page's own direction follows its language; the widget sets its own.
        document.documentElement.dir = lang === 'ar' ? 'rtl' : 'ltr';
      }
      if (scrollTo) document.querySelector(scrollTo).scrollIntoView();
    }, shot);
    if (shot.lang) {
      await page.waitForFunction((lang) => document.querySelector('sca-explainer')?.shadowRoot?.querySelector('[part="container"]')?.getAttribute('lang') === lang, shot.lang);
    }
    if (shot.contact) await walkContact(page, shot.contact);
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
