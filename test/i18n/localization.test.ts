import { expect, fixture, fixtureCleanup, html } from '@open-wc/testing';
import type { SafeCommunitiesContact } from '../../src/elements/contact/contact.js';
import '../../src/elements/campaign/campaign.js';
import type { SafeCommunitiesExplainer } from '../../src/elements/explainer/explainer.js';
import { clearLanguageChoice, currentLocale } from '../../src/i18n/localization.js';
import { DEFAULT_LOCALES, LOCALES, type Locale } from '../../src/i18n/language.js';
import { all, captureWarnings, one, shadow, text } from '../helpers.js';
import '../../src/index.js';
import { ASKS } from '../../src/content/scripts.js';
import { allCommittees, resolveTown } from '../../src/lookup/index.js';

/** Abington's representative co-sponsors (a thank-you in every ask); a member from elsewhere. */
const abington = resolveTown('Abington') as { house: { member: { code: string } }; senate: { member: { code: string } } };
const THANKED = abington.house.member.code;
const MEMBER = 'L M0';
/** Another member from elsewhere who co-sponsors too: thanked, with the member's own thank-you email. */
const MEMBER_THANKED = (resolveTown('Pittsfield') as typeof abington).house.member.code;
/** English proper names that stay English in every language: the committees'. */
const englishNames = allCommittees().map((committee) => committee.name);

async function until(condition: () => boolean, what: string) {
  for (let i = 0; i < 200; i++) {
    if (condition()) return;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  throw new Error(`timed out waiting for ${what}`);
}

async function settle(...elements: Array<{ updateComplete: Promise<boolean> }>) {
  await new Promise((resolve) => setTimeout(resolve));
  await Promise.all(elements.map((element) => element.updateComplete));
}

async function inLocale(locale: Locale) {
  document.documentElement.lang = locale;
  await until(() => currentLocale() === locale, `locale ${locale}`);
}

/** Visible and accessible text of a shadow root, leaving out what is English on purpose (the call script). */
function uiText(root: ShadowRoot): string {
  const parts: string[] = [];
  const walk = (node: Node) => {
    if (node instanceof Element) {
      if (node.getAttribute('lang') === 'en' && node !== root.host) return;
      for (const name of ['aria-label', 'title', 'placeholder']) {
        const value = node.getAttribute(name);
        if (value) parts.push(value);
      }
    }
    if (node.nodeType === Node.TEXT_NODE) parts.push(node.textContent ?? '');
    node.childNodes.forEach(walk);
  };
  walk(root);
  return parts.join(' ').replace(/\s+/g, ' ');
}

/** English UI sentences: every message source of at least three words, without placeholders. */
async function englishMessages(): Promise<string[]> {
  const xliff = await (await fetch('/xliff/es.xlf')).text();
  // Messages with placeholders are checked by their fixed parts between the placeholders.
  return [...xliff.matchAll(/<source>([\s\S]*?)<\/source>/g)]
    .flatMap(([, source]) => source!.split(/<x [^>]*\/>/))
    .map((fragment) => fragment.replace(/&amp;/g, '&').replace(/&quot;/g, '"').trim())
    .filter((fragment) => !/[{[]/.test(fragment) && fragment.split(/\s+/).length >= 3);
}

/** Types a town into the open dialog and submits it, as Enter would. */
async function submitTown(contact: SafeCommunitiesContact, value: string) {
  const input = one(contact, '#town') as HTMLInputElement;
  input.value = value;
  input.dispatchEvent(new InputEvent('input'));
  (one(contact, 'form') as HTMLFormElement).requestSubmit();
  await settle(contact);
}

/** Opens every step of the contact flow and every disclosure, collecting the text of each. */
async function contactTexts(contact: SafeCommunitiesContact): Promise<string> {
  const root = shadow(contact);
  const texts: string[] = [uiText(root)];
  const type = (value: string) => submitTown(contact, value);
  await contact.open();
  await settle(contact);
  texts.push(uiText(root));
  await type('Cambrige');
  texts.push(uiText(root));
  await type('');
  texts.push(uiText(root));
  await type('Cambridge');
  all(contact, '.actions .secondary')[0]!.click();
  await settle(contact);
  (one(contact, '.step button[type="submit"]') as HTMLButtonElement).click();
  await settle(contact);
  texts.push(uiText(root));
  all(contact, '.actions .link-button')[0]!.click();
  await settle(contact);
  await type('Abington');
  for (const details of all(contact, 'details')) (details as HTMLDetailsElement).open = true;
  texts.push(uiText(root));
  contact.close();
  return texts.join(' ');
}

describe('localization', () => {
  afterEach(async () => {
    // The fixtures must go first: a widget still on the page would keep its language.
    fixtureCleanup();
    document.documentElement.lang = 'en';
    await clearLanguageChoice();
    await until(() => currentLocale() === 'en', 'English');
  });

  it('follows the page <html lang> and its changes, without reload', async () => {
    const explainer = await fixture<SafeCommunitiesExplainer>(html`<sca-explainer></sca-explainer>`);
    await inLocale('es');
    await settle(explainer);
    expect(one(explainer, '[part="container"]').getAttribute('lang')).to.equal('es');
    const spanish = text(one(explainer, '[part="title"]'));
    await inLocale('vi');
    await settle(explainer);
    expect(text(one(explainer, '[part="title"]'))).not.to.equal(spanish);
    expect(one(explainer, '[part="container"]').getAttribute('lang')).to.equal('vi');
  });

  it('prefers the element’s own lang, then the nearest ancestor, over the page', async () => {
    document.documentElement.lang = 'es';
    const wrapper = await fixture<HTMLElement>(html`<div lang="ht"><sca-explainer></sca-explainer></div>`);
    const explainer = wrapper.querySelector('sca-explainer')!;
    await until(() => currentLocale() === 'ht', 'the ancestor’s language');
    explainer.setAttribute('lang', 'pt-PT');
    await until(() => currentLocale() === 'pt-BR', 'the element’s own language, with pt-PT → pt-BR');
  });

  it('falls back to the browser’s languages, then English', async () => {
    document.documentElement.removeAttribute('lang');
    const languages = Object.getOwnPropertyDescriptor(navigator, 'languages');
    try {
      Object.defineProperty(navigator, 'languages', { configurable: true, get: () => ['fr-CA', 'zh-SG'] });
      await fixture(html`<sca-explainer></sca-explainer>`);
      await until(() => currentLocale() === 'zh-Hans', 'the browser’s second language');
      Object.defineProperty(navigator, 'languages', { configurable: true, get: () => ['fr-CA', 'de'] });
      document.documentElement.setAttribute('lang', '');
      await until(() => currentLocale() === 'en', 'English');
    } finally {
      if (languages) Object.defineProperty(navigator, 'languages', languages);
      else delete (navigator as { languages?: unknown }).languages;
    }
  });

  it('switches every widget on the page from the language picker', async () => {
    const wrapper = await fixture<HTMLElement>(html`<div>
      <sca-explainer language-picker></sca-explainer>
      <sca-contact></sca-contact>
    </div>`);
    const explainer = wrapper.querySelector('sca-explainer')!;
    const contact = wrapper.querySelector('sca-contact')!;
    await settle(explainer, contact);
    const picker = one(explainer, '[part="language-picker"] select') as HTMLSelectElement;
    // Every language but the previews, which a partner has to list.
    expect([...picker.options].map((option) => option.value)).to.deep.equal([...DEFAULT_LOCALES]);
    expect([...picker.options].map((option) => option.getAttribute('lang'))).to.deep.equal([...DEFAULT_LOCALES]);
    expect(DEFAULT_LOCALES).to.include.members(['zh-Hant', 'ru']).and.not.include.members(['km', 'kea']);
    picker.value = 'ar';
    picker.dispatchEvent(new Event('change'));
    await until(() => currentLocale() === 'ar', 'Arabic');
    await settle(explainer, contact);
    expect(one(explainer, '[part="container"]').getAttribute('dir')).to.equal('rtl');
    expect(one(contact, '[part="container"]').getAttribute('dir')).to.equal('rtl');
    expect(text(one(contact, '[part="button"]'))).not.to.equal('Contact your legislator');
    document.documentElement.lang = 'es';
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(currentLocale(), 'the reader’s choice outranks the page').to.equal('ar');
  });

  it('keeps the picker and the automatic choice to the partner’s languages', async () => {
    const wrapper = await fixture<HTMLElement>(html`<div lang="vi">
      <sca-explainer language-picker languages="en es pt-BR"></sca-explainer>
    </div>`);
    const explainer = wrapper.querySelector('sca-explainer')!;
    await settle(explainer);
    expect(currentLocale(), 'Vietnamese is not offered: English').to.equal('en');
    const picker = one(explainer, '[part="language-picker"] select') as HTMLSelectElement;
    expect([...picker.options].map((option) => option.value)).to.deep.equal(['en', 'es', 'pt-BR']);
    wrapper.setAttribute('lang', 'pt-PT');
    await until(() => currentLocale() === 'pt-BR', 'Portuguese');
    explainer.setAttribute('languages', 'es');
    await until(() => currentLocale() === 'es', 'the only language left');
  });

  it('offers on a page only the languages every widget lists', async () => {
    const wrapper = await fixture<HTMLElement>(html`<div lang="ru">
      <sca-explainer language-picker languages="en ru es"></sca-explainer>
      <sca-contact languages="es,en"></sca-contact>
    </div>`);
    const explainer = wrapper.querySelector('sca-explainer')!;
    await settle(explainer);
    expect(currentLocale(), 'Russian is listed by one widget only').to.equal('en');
    const picker = one(explainer, '[part="language-picker"] select') as HTMLSelectElement;
    expect([...picker.options].map((option) => option.value)).to.deep.equal(['en', 'es']);
    wrapper.querySelector('sca-contact')!.remove();
    await until(() => currentLocale() === 'ru', 'Russian, once the other widget has gone');
  });

  it('reads `languages` from the campaign’s JSON, the attribute winning, and names unknown codes once', async () => {
    const warnings = await captureWarnings(async () => {
      const campaign = await fixture<HTMLElement>(html`<sca-campaign lang="zh-TW" language-picker>
        <script type="application/json">{ "languages": ["en", "zh-Hans", "klingon"] }</script>
      </sca-campaign>`);
      await until(() => currentLocale() === 'zh-Hans', 'Simplified Chinese for a Taiwan reader when Traditional is not offered');
      await settle(campaign as unknown as { updateComplete: Promise<boolean> });
      campaign.setAttribute('languages', 'en zh-Hant');
      await until(() => currentLocale() === 'zh-Hant', 'Traditional Chinese from the attribute');
      const explainer = campaign.shadowRoot!.querySelector('sca-explainer')!;
      await settle(explainer);
      const picker = one(explainer, '[part="language-picker"] select') as HTMLSelectElement;
      expect([...picker.options].map((option) => option.value)).to.deep.equal(['en', 'zh-Hant']);
      const explainerAlone = await fixture<HTMLElement>(html`<sca-explainer languages="en xx-Latn xx-Latn"></sca-explainer>`);
      await settle(explainerAlone as unknown as { updateComplete: Promise<boolean> });
      explainerAlone.setAttribute('languages', 'en xx-Latn es');
      await settle(explainerAlone as unknown as { updateComplete: Promise<boolean> });
    });
    expect(warnings.filter((warning) => warning.includes('klingon'))).to.have.length(1);
    expect(warnings.filter((warning) => warning.includes('"xx-Latn"')), 'once per element, however often it renders').to.have.length(1);
  });

  it('keeps every picker showing the language in use, whichever picker or page change set it', async () => {
    const wrapper = await fixture<HTMLElement>(html`<div>
      <sca-explainer language-picker></sca-explainer>
      <sca-explainer language-picker></sca-explainer>
    </div>`);
    const [first, second] = [...wrapper.querySelectorAll('sca-explainer')];
    await settle(first!, second!);
    const pick = async (explainer: SafeCommunitiesExplainer, locale: Locale) => {
      const select = one(explainer, '[part="language-picker"] select') as HTMLSelectElement;
      select.value = locale;
      select.dispatchEvent(new Event('change'));
      await until(() => currentLocale() === locale, locale);
      await settle(first!, second!);
    };
    await pick(first!, 'es');
    await pick(second!, 'vi');
    await pick(second!, 'es');
    for (const explainer of [first!, second!]) {
      expect((one(explainer, '[part="language-picker"] select') as HTMLSelectElement).value).to.equal('es');
    }
  });

  it('follows the page language with a campaign on the page, whose inner widgets do not vote', async () => {
    const wrapper = await fixture<HTMLElement>(html`<div><sca-campaign></sca-campaign></div>`);
    const campaign = wrapper.querySelector('sca-campaign')!;
    await settle(campaign);
    await inLocale('es');
    await settle(campaign);
    wrapper.setAttribute('lang', 'vi');
    await until(() => currentLocale() === 'vi', 'the campaign’s ancestor language');
    const late = document.createElement('div');
    late.setAttribute('lang', 'ht');
    late.append(document.createElement('sca-contact'));
    wrapper.after(late);
    try {
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(currentLocale(), 'the first widget on the page decides').to.equal('vi');
    } finally {
      late.remove();
    }
  });

  for (const locale of LOCALES.filter((candidate) => candidate !== 'en')) {
    it(`${locale}: every element renders with no English left, lang and dir set`, async () => {
      const sentences = await englishMessages();
      expect(sentences.length).to.be.greaterThan(60);
      // Every language, the two previews included, which only a partner's list turns on.
      const wrapper = await fixture<HTMLElement>(html`<div>
        <sca-explainer layout="accordion" language-picker languages=${LOCALES.join(' ')}></sca-explainer>
        <sca-contact language-picker languages=${LOCALES.join(' ')} ask="budget-amendment" also-contact="speaker, committee:J22, governor" cosponsors=${THANKED}></sca-contact>
      </div>`);
      await inLocale(locale);
      const explainer = wrapper.querySelector('sca-explainer')!;
      const contact = wrapper.querySelector('sca-contact')!;
      await settle(explainer, contact);
      for (const toggle of all(explainer, '[part="toggle"]')) toggle.click();
      await settle(explainer);
      for (const element of [explainer, contact]) {
        const container = one(element, '[part="container"]');
        expect(container.getAttribute('lang')).to.equal(locale);
        expect(container.getAttribute('dir')).to.equal(locale === 'ar' ? 'rtl' : 'ltr');
      }
      const rendered = `${uiText(shadow(explainer))} ${await contactTexts(contact)}`;
      const leftovers = sentences.filter((sentence) => rendered.includes(sentence));
      expect(leftovers, `English left in ${locale}`).to.deep.equal([]);
    });
  }

  for (const locale of LOCALES.filter((candidate) => candidate !== 'en')) {
    it(`${locale}: every ask's scripts and the extra targets' have their meaning in ${locale}, never the English`, async () => {
      for (const ask of ASKS) {
        const contact = await fixture<SafeCommunitiesContact>(
          html`<sca-contact
            languages=${LOCALES.join(' ')}
            ask=${ask}
            also-contact="speaker, committee:J22, governor, member:${MEMBER}, member:${MEMBER_THANKED}"
            cosponsors=${`${THANKED},${MEMBER_THANKED}`}
          ></sca-contact>`,
        );
        await inLocale(locale);
        await contact.open();
        await settle(contact);
        await submitTown(contact, 'Abington');
        for (const details of all(contact, 'details')) (details as HTMLDetailsElement).open = true;
        await settle(contact);
        const cards = all(contact, '[part="legislator"]');
        expect(cards.map((card) => card.dataset.target), ask).to.deep.equal(['own', 'own', 'leadership', 'committee', 'committee', 'governor', 'member', 'member']);
        expect(cards.at(-1)!.querySelector('.stance'), `${ask}: the co-sponsoring member is thanked`).not.to.equal(null);
        for (const card of cards) {
          const scripts = [...card.querySelectorAll('[part="script"]')].map(text);
          const meanings = [...card.querySelectorAll('[part="meaning"]')].map(text);
          expect(meanings, `${ask}: a meaning for the call and the voicemail`).to.have.length(2);
          meanings.forEach((meaning, index) => expect(meaning, `${ask} ${card.dataset.target}`).not.to.equal(scripts[index]));
          for (const line of card.querySelectorAll('.role, .stance, .gloss, .meta')) {
            // The committee's own name stays English; nothing else on these lines may.
            const words = englishNames.reduce((rest, name) => rest.replace(name, ''), text(line).replace(/[\u2066-\u2069]/g, ''));
            expect(words, `${ask}: English left in ${locale}`).not.to.match(/\b(Chair|Speaker|President|Governor|State|Already|co-sponsor|committee|Senate|House)\b/i);
          }
        }
        // The co-sponsoring member's own thank-you email, written in the reader's language: never
        // the English, and never the district (the reader does not live in it).
        const memberCard = () => all(contact, '[part="legislator"]').at(-1)!;
        const inEnglish = text(memberCard().querySelector('.script.email')!);
        (memberCard().querySelectorAll<HTMLInputElement>('.email-language input')[1]!).click();
        await settle(contact);
        const email = memberCard().querySelector<HTMLElement>('.script.email')!;
        expect(email.lang, ask).to.equal(locale);
        expect(text(email), `${ask}: the member's email in ${locale}`).not.to.equal(inEnglish);
        expect(text(email), `${ask}: English left in the member's email`).not.to.match(/\b(Dear|Thank you|co-sponsoring|Please)\b/);
        const districtName = text(memberCard().querySelector('.meta bdi')!);
        expect(text(email), `${ask}: the member's email names no district`).not.to.contain(districtName);
        contact.close();
        await clearLanguageChoice();
        fixtureCleanup();
      }
    });
  }

  for (const locale of LOCALES) {
    it(`is accessible in ${locale}`, async () => {
      const explainer = await fixture<SafeCommunitiesExplainer>(
        html`<sca-explainer layout="accordion" language-picker languages=${LOCALES.join(' ')}></sca-explainer>`,
      );
      await inLocale(locale);
      await settle(explainer);
      await expect(explainer).to.be.accessible();
      const contact = await fixture<SafeCommunitiesContact>(html`<sca-contact language-picker languages=${LOCALES.join(' ')}></sca-contact>`);
      await contact.open();
      await settle(contact);
      await submitTown(contact, 'Abington');
      for (const details of all(contact, 'details')) (details as HTMLDetailsElement).open = true;
      await settle(contact);
      await expect(contact).to.be.accessible();
      contact.close();
    });
  }

  it('shows the English call script with its meaning, and offers the email in the reader’s language', async () => {
    const contact = await fixture<SafeCommunitiesContact>(html`<sca-contact></sca-contact>`);
    await inLocale('es');
    await contact.open();
    await settle(contact);
    await submitTown(contact, 'Abington');
    const card = all(contact, '[part="legislator"]')[0]!;
    const script = card.querySelector('[part="script"]')!;
    expect(script.getAttribute('lang')).to.equal('en');
    expect(text(script)).to.match(/^Hello, my name is/);
    expect(text(card.querySelector('[part="meaning"]')!)).to.contain('Abington').and.not.to.match(/^Hello/);
    expect(card.querySelector('.interpreter')).not.to.equal(null);
    const mailto = () => card.querySelector<HTMLAnchorElement>('a[href^="mailto:"]')!.href;
    expect(decodeURIComponent(mailto())).to.contain('I live in Abington');
    const [english, spanish] = [...card.querySelectorAll<HTMLInputElement>('.email-language input')];
    expect(english!.checked).to.be.true;
    spanish!.click();
    await settle(contact);
    expect(decodeURIComponent(mailto())).not.to.contain('I live in Abington');
    expect(decodeURIComponent(mailto())).to.contain('Abington');
    contact.close();
  });
});
