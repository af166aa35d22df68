// The first language of a page, in a page of its own: open() called before it is in, and the
// first widget removed while its language loads.
import { expect, fixture } from '@open-wc/testing';
import { html } from 'lit';
import type { SafeCommunitiesContact } from '../../src/elements/contact/contact.js';
import { currentLocale, languageSettled } from '../../src/i18n/localization.js';
import { one, text } from '../helpers.js';
import '../../src/index.js';

const realFetch = window.fetch.bind(window);
let releaseSpanish!: () => void;
const spanish = new Promise<void>((resolve) => (releaseSpanish = resolve));
window.fetch = (input: RequestInfo | URL, init?: RequestInit) =>
  /\/catalogs\/es\.page\./.test(String(input)) ? spanish.then(() => Promise.reject(new TypeError('Failed to fetch'))) : realFetch(input, init);

it('the first widget leaving while its language loads: the next widget chooses, and shows', async () => {
  const wrapper = await fixture<HTMLElement>(html`<div>
    <sca-contact lang="es"></sca-contact>
    <sca-contact lang="vi"></sca-contact>
  </div>`);
  const [first, second] = [...wrapper.querySelectorAll('sca-contact')] as SafeCommunitiesContact[];
  await new Promise((resolve) => setTimeout(resolve, 30));
  expect(languageSettled()).to.equal(false);
  // A partner's own button calls open() before anything shows: it waits, then opens.
  const opening = second!.open();
  first!.remove();
  for (let i = 0; i < 300 && currentLocale() !== 'vi'; i++) await new Promise((resolve) => setTimeout(resolve, 10));
  expect(currentLocale(), 'the remaining widget’s language').to.equal('vi');
  const warn = console.warn;
  console.warn = () => undefined;
  releaseSpanish();
  await opening;
  console.warn = warn;
  await second!.updateComplete;
  expect(one(second!, '[part="container"]').hasAttribute('aria-busy')).to.equal(false);
  expect(currentLocale(), 'a late failure of the language it no longer wants changes nothing').to.equal('vi');
  expect(second!.shadowRoot!.querySelector('dialog')!.open).to.equal(true);
  expect(text(one(second!, 'label[for="town"]'))).not.to.equal('Where do you live?');
  second!.close();
});
