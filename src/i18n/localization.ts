/**
 * The one place that owns the widget's language. @lit/localize keeps a single active locale per
 * page, so all widgets on a page speak one language, chosen in this order among the languages
 * the page offers (every widget's `languages`; see `offeredLocales`):
 * 1. the reader's choice in a language picker (kept in memory only, never stored);
 * 2. the `lang` of the first widget element, or of its nearest ancestor (the page's `<html lang>`);
 * 3. the browser's preferred languages;
 * 4. English (or the first offered language, where a partner leaves English out).
 * `lang` attributes anywhere on the page are watched, so a page that switches its own language
 * switches the widgets too, without a reload.
 *
 * Each reader downloads only their language: its messages are two JSON catalogs beside the script
 * (scripts/lib/catalogs.mjs), `page` before the widgets show and `dialog` when the contact dialog
 * opens, each fetched with the Subresource Integrity hash the build wrote into this file, so a
 * changed catalog is refused. Until the first language is in (at most three seconds), widgets keep
 * their space but show nothing, so a Spanish reader never sees English first. A catalog that
 * cannot be loaded leaves the widgets in English, with one sentence in the reader's language
 * (fallback-notice.ts) and the reason in the console.
 */
import { configureLocalization } from '@lit/localize';
import { CATALOGS, CATALOGS_BASE, DIALOG_PARTS_KEY, type CatalogPart, type ScriptPart } from './catalog-index.js';
import { fetchPinned } from './fetch-pinned.js';
import { FETCHED_IDS } from './fetched-ids.js';
import { FALLBACK_NOTICE } from './fallback-notice.js';
import { chooseLocale, DEFAULT_LOCALES, LOCALES, nativeName, offeredLocales, parseLanguages, SOURCE_LOCALE, type Locale } from './language.js';

export type { CatalogPart, ScriptPart } from './catalog-index.js';
/** How long a reader waits for their language before the widgets show in English. */
export const CATALOG_TIMEOUT_MS = 3000;

/** As @lit/localize's str`` results: joined as text, never rendered as a template (no markup). */
type Message = string | { strTag: true; strings: TemplateStringsArray; values: number[] };
type Templates = Record<string, Message>;

const hasCatalogs = (locale: Locale) => locale === SOURCE_LOCALE || Object.hasOwn(CATALOGS, locale);

/**
 * State shared by every copy of this script on the page (the full bundle beside the explainer
 * alone, or a second paste of the snippet): each copy has its own @lit/localize, but all follow
 * the same widgets and the same reader's choice, so the page still speaks one language (fetch-pinned.ts shares
 * the catalogs too). Fields added after 0.1 may be missing when a 0.1 copy made it.
 */
interface SharedLanguageState {
  /** Connected widgets, in the order they connected (document order while the page parses). */
  widgets: Set<Element>;
  readerChoice: Locale | null;
  /** Each widget's `languages`, or null for the defaults. */
  offers?: Map<Element, readonly Locale[] | null>;
}
const shared: SharedLanguageState = ((globalThis as Record<symbol, unknown>)[Symbol.for('safe-communities-widgets.language')] ??= {
  widgets: new Set<Element>(),
  readerChoice: null,
}) as SharedLanguageState;
const offers = (shared.offers ??= new Map());
/** Tells every copy of the script to look again at the shared state. */
const CHANGED = 'sca-language-change';
let listening = false;

// This copy's state -----------------------------------------------------------------------------

/** Messages per language, one object that grows when the dialog's part arrives. */
const loaded = new Map<Locale, { templates: Templates; parts: Set<CatalogPart> }>();
/** Once a dialog has opened, a language switch loads its parts too: the dialog's and its scripts'. */
let dialogWanted = false;
const scriptsWanted = new Set<ScriptPart>();
const partsWanted = (): CatalogPart[] => (dialogWanted ? ['page', 'dialog', ...scriptsWanted] : ['page']);
/** False until the first language asked for is in, has failed or has timed out. */
let settled = false;
let markSettled!: () => void;
const whenSettled = new Promise<void>((resolve) => (markSettled = resolve));
/**
 * The language last asked of @lit/localize, which may still be loading: what `apply()` compares
 * with, since comparing with the language on screen would ignore a change of mind mid-load.
 */
let requested: Locale = SOURCE_LOCALE;
/** The request under way, if any. */
let inFlight: Promise<void> | null = null;
/** The language whose catalog could not be loaded, while the widgets show English for it. */
let failedLocale: Locale | null = null;
/** Languages not to fetch again unless the reader picks them. */
const refused = new Set<Locale>();
const listeners = new Set<() => void>();
const notify = () => listeners.forEach((listener) => listener());

const { getLocale, setLocale } = configureLocalization({
  sourceLocale: SOURCE_LOCALE,
  targetLocales: LOCALES.filter((locale) => locale !== SOURCE_LOCALE && hasCatalogs(locale)),
  loadLocale: async (locale) => {
    await loadParts(locale as Locale, partsWanted());
    // A dialog opened while the page part was on its way: its part comes before the switch too.
    return { templates: await loadParts(locale as Locale, partsWanted()) };
  },
});

export function currentLocale(): Locale {
  return getLocale() as Locale;
}

/** Re-render when messages arrive or fail; returns the unsubscribe. */
export function onMessagesChange(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Whether widgets may show yet: the first language is in, or has been given up on. */
export function languageSettled(): boolean {
  return settled;
}

/** Resolves once widgets may show (at most three seconds after the first widget connected). */
export function languageReady(): Promise<void> {
  return whenSettled;
}

function settle(): void {
  if (settled) return;
  settled = true;
  markSettled();
  notify();
}

/** The sentence that says the reader's language could not load, in that language; null if none failed. */
export function fallbackNotice(): { locale: Locale; text: string } | null {
  // Only while that language is still the one wanted: a reader who then picks English needs no apology.
  if (!failedLocale || failedLocale === SOURCE_LOCALE || currentLocale() !== SOURCE_LOCALE || wantedLocale() !== failedLocale) return null;
  return { locale: failedLocale, text: FALLBACK_NOTICE[failedLocale as Exclude<Locale, 'en'>] };
}

// Catalogs --------------------------------------------------------------------------------------

/** Where each language's script parts are, from its dialog part: file name and integrity hash. */
const scriptFiles = new Map<Locale, Partial<Record<ScriptPart, readonly [string, string]>>>();

function readParts(locale: Locale, value: unknown): void {
  const entries = typeof value === 'object' && value !== null ? Object.entries(value) : [];
  const valid = entries.filter(([, pin]) => Array.isArray(pin) && pin.length === 2 && pin.every((text) => typeof text === 'string') && !pin[0].includes('/'));
  if (!valid.length || valid.length !== entries.length) throw new Error('the dialog catalog does not name its script parts');
  scriptFiles.set(locale, Object.fromEntries(valid) as Partial<Record<ScriptPart, readonly [string, string]>>);
}

/** A catalog's JSON, checked: ids to strings, or to text and value indices alternating. */
function toTemplates(json: unknown, locale: Locale): Templates {
  if (typeof json !== 'object' || json === null || Array.isArray(json)) throw new Error('not a message catalog');
  const templates: Templates = {};
  for (const [id, value] of Object.entries(json)) {
    if (id === DIALOG_PARTS_KEY) {
      readParts(locale, value);
      continue;
    }
    // Messages the bundles fetch are keyed by number; where the English is in the code, by id.
    if (id.startsWith('#') && FETCHED_IDS) {
      const known = FETCHED_IDS[Number(id.slice(1))];
      if (known) templates[known] = toMessage(id, value);
      continue;
    }
    templates[id] = toMessage(id, value);
  }
  return templates;
}

function toMessage(id: string, value: unknown): Message {
  if (typeof value === 'string') return value;
  const shaped =
    Array.isArray(value) &&
    value.length % 2 === 1 &&
    value.every((part, index) => (index % 2 ? Number.isInteger(part) && part >= 0 : typeof part === 'string'));
  if (!shaped) throw new Error(`message ${id.slice(0, 20)} is not text`);
  const parts = value as Array<string | number>;
  return {
    strTag: true,
    strings: parts.filter((_, index) => index % 2 === 0) as unknown as TemplateStringsArray,
    values: parts.filter((_, index) => index % 2 === 1) as number[],
  };
}

/**
 * One part's JSON, fetched once per page with its integrity checked, or rejected within the
 * timeout. A script part is named by its language's dialog part, which must be in first.
 */
function fetchPart(locale: Locale, part: CatalogPart): Promise<unknown> {
  const pin = part === 'page' || part === 'dialog' ? CATALOGS[locale]![part] : scriptFiles.get(locale)?.[part];
  if (!pin) return Promise.reject(new Error(`no ${part} catalog for ${locale}`));
  const [file, integrity] = pin;
  return fetchPinned(new URL(`${CATALOGS_BASE}${file}`, import.meta.url), integrity, CATALOG_TIMEOUT_MS);
}

async function loadParts(locale: Locale, parts: CatalogPart[]): Promise<Templates> {
  const entry = loaded.get(locale) ?? { templates: {}, parts: new Set<CatalogPart>() };
  const add = async (wanted: CatalogPart[]) => {
    const missing = wanted.filter((part) => !entry.parts.has(part));
    const catalogs = await Promise.all(missing.map((part) => fetchPart(locale, part)));
    catalogs.forEach((json, index) => {
      Object.assign(entry.templates, toTemplates(json, locale));
      entry.parts.add(missing[index]!);
    });
  };
  // The page and dialog parts at once; the scripts' once the dialog part has named them.
  await add(parts.filter((part) => part === 'page' || part === 'dialog' || !parts.includes('dialog')));
  if (parts.some((part) => part !== 'page' && part !== 'dialog')) {
    await add(['dialog']);
    await add(parts.filter((part) => part !== 'page' && part !== 'dialog'));
  }
  loaded.set(locale, entry);
  return entry.templates;
}

function giveUp(locale: Locale, error: unknown): void {
  console.warn(
    `safe-communities-widgets: could not load the ${nativeName(locale)} (${locale}) messages, so the widgets show English.`,
    error instanceof Error ? error.message : error,
  );
  refused.add(locale);
  failedLocale = locale;
}

/** Back to English after `locale` failed, marking it refused and saying why. */
async function fallBack(locale: Locale, error: unknown): Promise<void> {
  giveUp(locale, error);
  // Always, even when English is already shown: @lit/localize keeps a failed locale as the one
  // "loading", and would hand a later request for it the old failure instead of trying again.
  requested = SOURCE_LOCALE;
  // An open dialog needs English's dialog part in the browser bundles (setSourceLoader), as a
  // switch to English does; if it cannot come either, the dialog says so (dialogNeeds).
  if (dialogWanted && sourceLoader) await sourceLoader().catch(() => undefined);
  await setLocale(SOURCE_LOCALE).catch(() => undefined);
  settle();
  notify();
}

/**
 * The contact dialog's messages in the current language, with the scripts' parts it needs (the
 * partner's ask; the targets' where there are extra cards), before it opens, and when the reader
 * moves to the button (`prefetch`, to save the wait). A language on its way comes first (it then
 * brings its dialog part too). If the part cannot load when the dialog opens, the page falls back
 * to English as a whole, a dialog half in one language helping no one; a prefetch that fails
 * changes nothing, and neither does one for a language the reader has since left.
 */
export async function loadDialogMessages({ prefetch = false, scripts = [] as readonly ScriptPart[] } = {}): Promise<void> {
  dialogWanted = true;
  scripts.forEach((part) => scriptsWanted.add(part));
  await inFlight?.catch(() => undefined);
  const locale = currentLocale();
  const missing = (['dialog', ...scripts] as CatalogPart[]).filter((part) => !loaded.get(locale)?.parts.has(part));
  if (locale === SOURCE_LOCALE || !missing.length) return;
  try {
    await loadParts(locale, missing);
  } catch (error) {
    if (prefetch || currentLocale() !== locale || wantedLocale() !== locale) return;
    await fallBack(locale, error);
    return;
  }
  notify();
}

// The page's languages --------------------------------------------------------------------------

/** The `lang` that applies to an element: its own, or the nearest ancestor's, across shadow roots. */
export function inheritedLang(element: Element): string | null {
  let node: Node | null = element;
  while (node) {
    if (node instanceof Element && node.hasAttribute('lang')) return node.getAttribute('lang');
    node = node instanceof ShadowRoot ? node.host : node.parentNode;
  }
  return null;
}

/** Connected widgets in document order (they register in the order their elements are defined). */
function connectedWidgets(): Element[] {
  return [...shared.widgets]
    .filter((widget) => widget.isConnected)
    .sort((a, b) => (a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1));
}

/** The languages every widget on the page offers (the picker's list), each with a catalog. */
export function pageLocales(): Locale[] {
  const lists = connectedWidgets().map((widget) => offers.get(widget) ?? null);
  return offeredLocales(lists.length ? lists : [DEFAULT_LOCALES]).filter(hasCatalogs);
}

/** The locale the page should show now, from the order described at the top of this module. */
export function wantedLocale(): Locale {
  const offered = pageLocales();
  if (shared.readerChoice && offered.includes(shared.readerChoice)) return shared.readerChoice;
  return localeFor(connectedWidgets()[0], offered);
}

function localeFor(firstWidget: Element | undefined, offered: readonly Locale[]): Locale {
  return chooseLocale([firstWidget ? inheritedLang(firstWidget) : null, ...(navigator.languages ?? [navigator.language])], offered);
}

/**
 * Starts the reader's `page` catalog while the rest of the script is still being evaluated,
 * from the widgets already in the page (a module script runs after the page is parsed): the
 * request then overlaps the elements' set-up instead of following it. The widgets make the same
 * choice when they connect and find the request under way. A campaign whose JSON may list
 * languages is left to its element; nothing is fetched that the widgets would not ask for.
 */
function startEarly(): Promise<void> | null {
  if (typeof document === 'undefined' || shared.widgets.size) return null;
  const widgets = [...document.querySelectorAll('sca-explainer, sca-contact, sca-campaign')];
  if (!widgets.length || widgets.some((widget) => widget.querySelector(':scope > script[type="application/json"]'))) return null;
  const lists = widgets.map((widget) => parseLanguages(widget.getAttribute('languages')).locales);
  const wanted = shared.readerChoice ?? localeFor(widgets[0], offeredLocales(lists).filter(hasCatalogs));
  if (wanted === SOURCE_LOCALE || !hasCatalogs(wanted)) return null;
  return fetchPart(wanted, 'page').then(
    // Switched to before any widget renders (when the bundle waits for this), so that their
    // first render is already in the reader's language; once widgets are in, they decide.
    () => (shared.widgets.size ? undefined : request(wanted)),
    (error: unknown) => {
      // Failed before any widget asked for it (a changed or blocked file fails at once): the
      // widgets then show English with the notice, without a second request or a second warning.
      if (requested !== wanted) giveUp(wanted, error);
    },
  );
}
const early = startEarly();

/** How long the ES module bundles wait for the reader's language before defining the elements. */
export const FIRST_LANGUAGE_WAIT_MS = 500;

/**
 * Resolves when the catalog started during evaluation is in (or has failed), and at once when
 * none was needed; at most `waitMs` later, after which the widgets hold their space until it
 * arrives. The ES module bundles await it before defining their elements, so that the first
 * render is already in the reader's language.
 */
export function firstLanguage(waitMs: number): Promise<void> {
  if (!early) return Promise.resolve();
  return Promise.race([early, new Promise<void>((resolve) => setTimeout(resolve, waitMs))]);
}

/**
 * Asks for the language the page should show. A refused language (it failed; the reader did not
 * pick it since) is shown as English. A request for the language already asked for, loaded or
 * loading, is that request; a different one replaces it, and the replaced one's result is ignored.
 */
function apply(): Promise<void> {
  const wanted = wantedLocale();
  return request(refused.has(wanted) && wanted !== shared.readerChoice ? SOURCE_LOCALE : wanted);
}

/**
 * Where the bundles fetch the dialog's English (src/content/script-text-fetched.ts): a switch back
 * to English, once a dialog has opened, waits for it as a switch to any language waits for its catalog.
 */
let sourceLoader: (() => Promise<void>) | null = null;
export function setSourceLoader(load: () => Promise<void>): void {
  sourceLoader = load;
}

function request(target: Locale): Promise<void> {
  if (target === requested) {
    if (!inFlight) settle();
    return inFlight ?? Promise.resolve();
  }
  requested = target;
  const before = target === SOURCE_LOCALE && dialogWanted && sourceLoader ? sourceLoader() : Promise.resolve();
  const request: Promise<void> = before.then(() => (requested === target ? setLocale(target) : undefined)).then(
    () => {
      if (requested !== target) return;
      refused.delete(target);
      if (target !== SOURCE_LOCALE) failedLocale = null;
      settle();
      notify();
    },
    (error: unknown) => (requested === target ? fallBack(target, error) : undefined),
  );
  inFlight = request;
  void request.finally(() => {
    if (inFlight === request) inFlight = null;
  });
  return request;
}

function announceChange(): void {
  document.dispatchEvent(new Event(CHANGED));
}

/** Called by each widget element when it connects, with its partner's `languages` (null: the defaults). */
export function registerWidget(widget: Element, languages: readonly Locale[] | null = null): void {
  listen();
  // A widget inside another widget (the campaign's explainer and contact) follows its outer
  // widget, whose language it would otherwise read back from the outer widget's own root. Its
  // element may come from another copy of the script (the explainer-only file loaded first):
  // that copy still has to load the language, or its widget would wait for nothing.
  if (isNestedWidget(widget)) {
    void apply();
    return;
  }
  shared.widgets.add(widget);
  offers.set(widget, languages);
  announceChange();
}

function listen(): void {
  if (!listening) {
    listening = true;
    document.addEventListener(CHANGED, () => void apply());
    new MutationObserver(() => void apply()).observe(document.documentElement, {
      attributes: true,
      attributeFilter: ['lang'],
      subtree: true,
    });
  }
}

/** A widget's `languages` changed. */
export function setWidgetLanguages(widget: Element, languages: readonly Locale[] | null): void {
  if (!shared.widgets.has(widget)) return;
  const before = offers.get(widget) ?? null;
  if (before?.join() === languages?.join()) return;
  offers.set(widget, languages);
  announceChange();
}

export function isNestedWidget(widget: Element): boolean {
  const root = widget.getRootNode();
  return root instanceof ShadowRoot && shared.widgets.has(root.host);
}

export function unregisterWidget(widget: Element): void {
  if (!shared.widgets.delete(widget)) return;
  offers.delete(widget);
  // The first widget, or a narrower list of languages, may have gone with it.
  announceChange();
}

/** The reader picked a language: every widget on the page follows, whichever copy of the script made it. */
export function chooseLanguage(locale: Locale): Promise<void> {
  shared.readerChoice = locale;
  refused.delete(locale);
  announceChange();
  return apply();
}

/** Forgets a picker choice; for tests and for pages that reset their widgets. */
export function clearLanguageChoice(): Promise<void> {
  shared.readerChoice = null;
  announceChange();
  return apply();
}
