// How a reader's language arrives (src/i18n/localization.ts): fetched with its integrity hash,
// nothing shown until it is in, English with a sentence in the reader's language when it cannot
// be had, the dialog's messages only when the dialog opens. The page's fetch is wrapped so each
// test can hold back or refuse one file. Tests run in order in one page: each uses its own language,
// since a language that loaded stays loaded.
import { expect, fixture, fixtureCleanup, html } from '@open-wc/testing';
import type { SafeCommunitiesContact } from '../../src/elements/contact/contact.js';
import type { SafeCommunitiesExplainer } from '../../src/elements/explainer/explainer.js';
import { CATALOGS } from '../../src/i18n/catalog-index.js';
import { CATALOG_TIMEOUT_MS, chooseLanguage, clearLanguageChoice, currentLocale } from '../../src/i18n/localization.js';
import { one, text } from '../helpers.js';
import '../../src/index.js';

const realFetch = window.fetch.bind(window);
const requests: Array<{ url: string; init: RequestInit | undefined }> = [];
/** Per file-name prefix ("es.page"): what to do instead of fetching at once. */
const rules = new Map<string, (proceed: () => Promise<Response>, init: RequestInit | undefined) => Promise<Response>>();
window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
  const url = String(input instanceof Request ? input.url : input);
  requests.push({ url, init });
  const name = url.split('/').pop() ?? '';
  const rule = [...rules].find(([prefix]) => name.startsWith(`${prefix}.`))?.[1];
  return rule ? rule(() => realFetch(input, init), init) : realFetch(input, init);
};
const fetchedKinds = () => requests.flatMap(({ url }) => /\/catalogs\/(.+?)\.[0-9a-f]{10}\.json$/.exec(url)?.[1] ?? []);

/** A gate: the request waits until `open()` is called. */
function gate() {
  let open!: () => void;
  const opened = new Promise<void>((resolve) => (open = resolve));
  return { rule: (proceed: () => Promise<Response>) => opened.then(proceed), open };
}

async function until(condition: () => boolean, what: string, ms = 2000) {
  for (const started = performance.now(); performance.now() - started < ms; ) {
    if (condition()) return;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  throw new Error(`timed out waiting for ${what}`);
}

const container = (element: HTMLElement) => one(element, '[part="container"]');
const title = (element: HTMLElement) => element.shadowRoot?.querySelector('[part="title"]');

describe('a reader’s language, fetched', () => {
  afterEach(async () => {
    rules.clear();
    fixtureCleanup();
    await clearLanguageChoice();
  });

  it('shows nothing until the first language is in, then that language, never English first', async () => {
    const held = gate();
    rules.set('es.page', held.rule);
    document.documentElement.lang = 'es';
    const explainer = await fixture<SafeCommunitiesExplainer>(html`<sca-explainer></sca-explainer>`);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(container(explainer).getAttribute('aria-busy')).to.equal('true');
    expect(title(explainer), 'no English title while Spanish is on its way').to.equal(null);
    expect(text(container(explainer))).to.equal('');
    expect(getComputedStyle(container(explainer)).minHeight, 'the box keeps a place on the page').not.to.equal('0px');
    held.open();
    await until(() => currentLocale() === 'es', 'Spanish');
    await explainer.updateComplete;
    expect(container(explainer).hasAttribute('aria-busy')).to.equal(false);
    expect(container(explainer).getAttribute('lang')).to.equal('es');
    expect(text(title(explainer)!)).to.equal('La Ley de Comunidades Seguras (Safe Communities Act)');
  });

  it('fetches with the integrity hash the build wrote, no cookies and no referrer', () => {
    const page = requests.find(({ url }) => url.includes('/catalogs/es.page.'))!;
    expect(page.url).to.match(new RegExp(`/src/i18n/catalogs/${CATALOGS.es!.page![0].replace(/\./g, '\\.')}$`));
    expect(page.init?.integrity).to.equal(CATALOGS.es!.page![1]);
    expect(page.init?.integrity).to.match(/^sha256-[A-Za-z0-9+/]{43}=$/);
    expect(page.init?.credentials).to.equal('omit');
    expect(page.init?.referrerPolicy).to.equal('no-referrer');
    expect(fetchedKinds(), 'the dialog’s messages wait for the dialog').not.to.include('es.dialog');
  });

  it('a later switch keeps the current language on screen until the new one is in', async () => {
    const explainer = await fixture<SafeCommunitiesExplainer>(html`<sca-explainer></sca-explainer>`);
    await until(() => currentLocale() === 'es', 'Spanish');
    const held = gate();
    rules.set('pt-BR.page', held.rule);
    document.documentElement.lang = 'pt-BR';
    await new Promise((resolve) => setTimeout(resolve, 50));
    await explainer.updateComplete;
    expect(container(explainer).getAttribute('lang')).to.equal('es');
    expect(text(title(explainer)!)).to.contain('Ley de Comunidades Seguras');
    held.open();
    await until(() => currentLocale() === 'pt-BR', 'Portuguese');
    await explainer.updateComplete;
    expect(text(title(explainer)!)).to.contain('Lei de Comunidades Seguras');
  });

  it('a change of mind while a language loads wins: the page ends in the language asked for last', async () => {
    const explainer = await fixture<SafeCommunitiesExplainer>(html`<sca-explainer></sca-explainer>`);
    await chooseLanguage('es');
    const held = gate();
    rules.set('ar.page', held.rule);
    const arabic = chooseLanguage('ar');
    await new Promise((resolve) => setTimeout(resolve, 20));
    await chooseLanguage('es');
    held.open();
    await arabic;
    await new Promise((resolve) => setTimeout(resolve, 50));
    await explainer.updateComplete;
    expect(currentLocale()).to.equal('es');
    expect(container(explainer).getAttribute('lang')).to.equal('es');
  });

  it('a catalog that cannot be fetched leaves English, says so in the reader’s language, and logs why', async () => {
    rules.set('vi.page', () => Promise.reject(new TypeError('Failed to fetch (blocked)')));
    const warnings: string[] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args.map(String).join(' '));
    try {
      document.documentElement.lang = 'vi';
      const explainer = await fixture<SafeCommunitiesExplainer>(html`<sca-explainer></sca-explainer>`);
      await until(() => Boolean(explainer.shadowRoot?.querySelector('[part="language-notice"]')), 'the notice');
      const notice = one(explainer, '[part="language-notice"]');
      expect(notice.getAttribute('lang')).to.equal('vi');
      expect(text(notice)).to.equal('Không thể hiển thị nội dung này bằng tiếng Việt, vì vậy nội dung được hiển thị bằng tiếng Anh.');
      expect(container(explainer).getAttribute('lang'), 'the English is marked as English').to.equal('en');
      expect(text(title(explainer)!)).to.equal('The Safe Communities Act');
      expect(warnings.join('\n')).to.match(/could not load the .*\(vi\) messages.*Failed to fetch \(blocked\)/);

      // The page's own language changing again does not fetch it again; the reader's pick does.
      rules.delete('vi.page');
      await chooseLanguage('vi');
      await explainer.updateComplete;
      expect(container(explainer).getAttribute('lang')).to.equal('vi');
      expect(explainer.shadowRoot!.querySelector('[part="language-notice"]')).to.equal(null);
    } finally {
      console.warn = warn;
    }
  });

  it(`gives up after ${CATALOG_TIMEOUT_MS / 1000} seconds: English and the notice, the request aborted`, async function () {
    this.timeout(CATALOG_TIMEOUT_MS + 5000);
    let aborted = false;
    rules.set('ru.page', (_proceed, init) => new Promise<Response>((_, reject) => {
      init?.signal?.addEventListener('abort', () => {
        aborted = true;
        reject(init.signal!.reason);
      });
    }));
    const warn = console.warn;
    console.warn = () => undefined;
    try {
      await clearLanguageChoice();
      document.documentElement.lang = 'ru';
      const explainer = await fixture<SafeCommunitiesExplainer>(html`<sca-explainer></sca-explainer>`);
      const started = performance.now();
      const notice = () => explainer.shadowRoot?.querySelector('[part="language-notice"]')?.getAttribute('lang');
      await until(() => notice() === 'ru', 'the Russian notice', CATALOG_TIMEOUT_MS + 2000);
      expect(performance.now() - started).to.be.greaterThan(CATALOG_TIMEOUT_MS - 500);
      expect(aborted).to.equal(true);
      expect(one(explainer, '[part="language-notice"]').getAttribute('lang')).to.equal('ru');
      expect(container(explainer).getAttribute('lang')).to.equal('en');
    } finally {
      console.warn = warn;
    }
  });

  it('fetches the dialog’s messages when the reader moves to the button, and opens in their language', async () => {
    document.documentElement.lang = 'zh-Hant';
    const contact = await fixture<SafeCommunitiesContact>(html`<sca-contact></sca-contact>`);
    await until(() => currentLocale() === 'zh-Hant', 'Traditional Chinese');
    await contact.updateComplete;
    expect(fetchedKinds()).to.include('zh-Hant.page').and.not.include('zh-Hant.dialog');
    one(contact, '[part="button"]').dispatchEvent(new Event('focus'));
    await until(() => fetchedKinds().includes('zh-Hant.dialog'), 'the dialog messages');
    await contact.open();
    await contact.updateComplete;
    expect(text(one(contact, 'label[for="town"]'))).to.equal('您住在哪裡？');
    expect(fetchedKinds().filter((kind) => kind === 'zh-Hant.dialog')).to.have.length(1);
    contact.close();
  });

  it('a contact dialog opened while its language loads opens in that language, both parts in', async () => {
    const held = gate();
    rules.set('zh-Hans.page', held.rule);
    const contact = await fixture<SafeCommunitiesContact>(html`<sca-contact></sca-contact>`);
    const switching = chooseLanguage('zh-Hans');
    const opening = contact.open();
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(one(contact, '[part="button"]').getAttribute('aria-busy'), 'the button says it is working').to.equal('true');
    held.open();
    await switching;
    await opening;
    await contact.updateComplete;
    expect(contact.shadowRoot!.querySelector('dialog')!.open).to.equal(true);
    expect(container(contact).getAttribute('lang')).to.equal('zh-Hans');
    expect(text(one(contact, 'label[for="town"]')), 'the dialog’s own messages, not English').to.match(/[\u4e00-\u9fff]/);
    expect(one(contact, '[part="button"]').getAttribute('aria-busy')).to.equal('false');
    contact.close();
  });

  // A dialog has opened on this page (above), so the switch to Haitian Creole fetches both parts.
  it('if the dialog’s messages cannot be had, the whole page turns English and the dialog says why', async () => {
    rules.set('ht.dialog', () => Promise.reject(new TypeError('Failed to fetch')));
    const warn = console.warn;
    console.warn = () => undefined;
    try {
      document.documentElement.lang = 'ht';
      const contact = await fixture<SafeCommunitiesContact>(html`<sca-contact></sca-contact>`);
      await until(() => fetchedKinds().includes('ht.dialog'), 'the Haitian Creole dialog messages');
      await new Promise((resolve) => setTimeout(resolve, 50));
      await contact.open();
      await contact.updateComplete;
      expect(currentLocale()).to.equal('en');
      expect(container(contact).getAttribute('lang')).to.equal('en');
      expect(text(one(contact, 'label[for="town"]'))).to.equal('Where do you live?');
      const notice = one(contact, 'dialog [part="language-notice"]');
      expect(notice.getAttribute('lang')).to.equal('ht');
      expect(text(notice)).to.contain('kreyòl');
      contact.close();
    } finally {
      console.warn = warn;
    }
  });
});
