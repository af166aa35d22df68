// The dialog's messages failing on their own, in a page where no dialog has opened yet (so the
// reader's language came in with its `page` messages only): the whole page falls back to English,
// since a dialog half in one language helps no one, and the dialog says why in the reader's language.
import { expect, fixture } from '@open-wc/testing';
import { html } from 'lit';
import type { SafeCommunitiesContact } from '../../src/elements/contact/contact.js';
import { currentLocale } from '../../src/i18n/localization.js';
import { one, text } from '../helpers.js';
import '../../src/index.js';

const realFetch = window.fetch.bind(window);
const requested: string[] = [];
window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
  const url = String(input);
  requested.push(url);
  return /\/catalogs\/es\.dialog\./.test(url) ? Promise.reject(new TypeError('Failed to fetch')) : realFetch(input, init);
};

it('a dialog whose messages cannot be had opens in English, saying so in Spanish', async () => {
  document.documentElement.lang = 'es';
  const contact = await fixture<SafeCommunitiesContact>(html`<sca-contact></sca-contact>`);
  for (let i = 0; i < 200 && currentLocale() !== 'es'; i++) await new Promise((resolve) => setTimeout(resolve, 10));
  await contact.updateComplete;
  expect(text(one(contact, '[part="button"]'))).to.equal('Comuníquese con sus legisladores');
  expect(requested.some((url) => url.includes('/es.dialog.')), 'not fetched before the reader moves to the button').to.equal(false);
  const warnings: string[] = [];
  const warn = console.warn;
  console.warn = (...args: unknown[]) => warnings.push(args.map(String).join(' '));
  try {
    await contact.open();
    await contact.updateComplete;
  } finally {
    console.warn = warn;
  }
  expect(currentLocale()).to.equal('en');
  expect(one(contact, '[part="container"]').getAttribute('lang')).to.equal('en');
  expect(text(one(contact, 'label[for="town"]'))).to.equal('Where do you live?');
  expect(text(one(contact, '#dialog-title'))).to.equal('Contact your legislators');
  const notice = one(contact, 'dialog [part="language-notice"]');
  expect(notice.getAttribute('lang')).to.equal('es');
  expect(text(notice)).to.equal('No se pudo mostrar este contenido en español; por eso aparece en inglés.');
  expect(warnings.join('\n')).to.match(/could not load the .*\(es\) messages/);
  contact.close();
});
