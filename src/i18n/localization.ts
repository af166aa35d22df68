/**
 * The one place that owns the widget's language. @lit/localize keeps a single active locale per
 * page, so all widgets on a page speak one language, chosen in this order:
 * 1. the reader's choice in a language picker (kept in memory only, never stored);
 * 2. the `lang` of the first widget element, or of its nearest ancestor (the page's `<html lang>`);
 * 3. the browser's preferred languages;
 * 4. English.
 * `lang` attributes anywhere on the page are watched, so a page that switches its own language
 * switches the widgets too, without a reload.
 */
import { configureLocalization } from '@lit/localize';
import { chooseLocale, LOCALES, SOURCE_LOCALE, type Locale } from './language.js';

// Explicit imports: rollup and the test server cannot resolve a computed import() path, and the
// single-file builds inline these so one file (one integrity hash) holds every language.
const loaders = {
  es: () => import('./locales/es.js'),
  'pt-BR': () => import('./locales/pt-BR.js'),
  ht: () => import('./locales/ht.js'),
  'zh-Hans': () => import('./locales/zh-Hans.js'),
  vi: () => import('./locales/vi.js'),
  ar: () => import('./locales/ar.js'),
};

const { getLocale, setLocale } = configureLocalization({
  sourceLocale: SOURCE_LOCALE,
  targetLocales: LOCALES.filter((locale) => locale !== SOURCE_LOCALE),
  loadLocale: (locale) => loaders[locale as keyof typeof loaders](),
});

export function currentLocale(): Locale {
  return getLocale() as Locale;
}

const widgets = new Set<Element>();
let readerChoice: Locale | null = null;
let observer: MutationObserver | null = null;

/** The `lang` that applies to an element: its own, or the nearest ancestor's, across shadow roots. */
export function inheritedLang(element: Element): string | null {
  let node: Node | null = element;
  while (node) {
    if (node instanceof Element && node.hasAttribute('lang')) return node.getAttribute('lang');
    node = node instanceof ShadowRoot ? node.host : node.parentNode;
  }
  return null;
}

function firstWidget(): Element | undefined {
  return [...widgets].filter((widget) => widget.isConnected).sort((a, b) =>
    a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1,
  )[0];
}

/** The locale the page should show now, from the order described at the top of this module. */
export function wantedLocale(): Locale {
  if (readerChoice) return readerChoice;
  const widget = firstWidget();
  return chooseLocale([widget ? inheritedLang(widget) : null, ...(navigator.languages ?? [navigator.language])]);
}

function apply(): Promise<void> {
  const wanted = wantedLocale();
  return wanted === currentLocale() ? Promise.resolve() : setLocale(wanted);
}

/** Called by each widget element when it connects. */
export function registerWidget(widget: Element): void {
  widgets.add(widget);
  if (!observer) {
    observer = new MutationObserver(() => void apply());
    observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'], subtree: true });
  }
  void apply();
}

export function unregisterWidget(widget: Element): void {
  widgets.delete(widget);
}

/** The reader picked a language: every widget on the page follows. */
export function chooseLanguage(locale: Locale): Promise<void> {
  readerChoice = locale;
  return apply();
}

/** Forgets a picker choice; for tests and for pages that reset their widgets. */
export function clearLanguageChoice(): Promise<void> {
  readerChoice = null;
  return apply();
}
