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

/**
 * State shared by every copy of this script on the page (the full bundle beside the explainer
 * alone, or a second paste of the snippet): each copy has its own @lit/localize, but all follow
 * the same widgets and the same reader's choice, so the page still speaks one language.
 */
interface SharedLanguageState {
  /** Connected widgets, in the order they connected (document order while the page parses). */
  widgets: Set<Element>;
  readerChoice: Locale | null;
}
const shared: SharedLanguageState = ((globalThis as Record<symbol, unknown>)[Symbol.for('safe-communities-widgets.language')] ??= {
  widgets: new Set<Element>(),
  readerChoice: null,
}) as SharedLanguageState;
/** Tells every copy of the script to look again at the shared state. */
const CHANGED = 'sca-language-change';
let listening = false;

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
  for (const widget of shared.widgets) if (widget.isConnected) return widget;
  return undefined;
}

/** The locale the page should show now, from the order described at the top of this module. */
export function wantedLocale(): Locale {
  if (shared.readerChoice) return shared.readerChoice;
  const widget = firstWidget();
  return chooseLocale([widget ? inheritedLang(widget) : null, ...(navigator.languages ?? [navigator.language])]);
}

/** Switches this copy's locale; a locale that fails to load leaves the current language in place. */
function apply(): Promise<void> {
  const wanted = wantedLocale();
  if (wanted === currentLocale()) return Promise.resolve();
  return setLocale(wanted).catch((error: unknown) => {
    console.warn(`safe-communities-widgets: could not load the "${wanted}" language; staying in "${currentLocale()}".`, error);
  });
}

function announceChange(): void {
  document.dispatchEvent(new Event(CHANGED));
}

/** Called by each widget element when it connects. */
export function registerWidget(widget: Element): void {
  // A widget inside another widget (the campaign's explainer and contact) follows its outer
  // widget, whose language it would otherwise read back from the outer widget's own root.
  const root = widget.getRootNode();
  if (root instanceof ShadowRoot && shared.widgets.has(root.host)) return;
  shared.widgets.add(widget);
  if (!listening) {
    listening = true;
    document.addEventListener(CHANGED, () => void apply());
    new MutationObserver(() => void apply()).observe(document.documentElement, {
      attributes: true,
      attributeFilter: ['lang'],
      subtree: true,
    });
  }
  announceChange();
}

export function unregisterWidget(widget: Element): void {
  shared.widgets.delete(widget);
}

/** The reader picked a language: every widget on the page follows, whichever copy of the script made it. */
export function chooseLanguage(locale: Locale): Promise<void> {
  shared.readerChoice = locale;
  announceChange();
  return apply();
}

/** Forgets a picker choice; for tests and for pages that reset their widgets. */
export function clearLanguageChoice(): Promise<void> {
  shared.readerChoice = null;
  announceChange();
  return apply();
}
