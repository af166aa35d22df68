/**
 * Which of the widget's languages fits a BCP 47 tag, with sensible regional fallbacks, and which
 * languages a partner offers. Pure: the page and browser are read elsewhere.
 */
export const LOCALES = ['en', 'es', 'pt-BR', 'ht', 'zh-Hans', 'zh-Hant', 'vi', 'ar', 'ru', 'km', 'kea'] as const;
export type Locale = (typeof LOCALES)[number];
export const SOURCE_LOCALE: Locale = 'en';

/**
 * Languages without a native reviewer yet: a reader gets them only where a partner lists them in
 * `languages` (xliff/README.md says what needs review).
 */
export const PREVIEW_LOCALES: readonly Locale[] = ['km', 'kea'];
/** What a widget offers when its partner lists nothing. */
export const DEFAULT_LOCALES: readonly Locale[] = LOCALES.filter((locale) => !PREVIEW_LOCALES.includes(locale));

/** By primary language: every regional variant goes to the variant the widget has. */
const BY_LANGUAGE: Record<string, Locale> = {
  en: 'en',
  es: 'es',
  pt: 'pt-BR',
  ht: 'ht',
  vi: 'vi',
  ar: 'ar',
  ru: 'ru',
  km: 'km',
  kea: 'kea',
};
/** Regions and scripts whose Chinese readers read Traditional characters; Cantonese (`yue`) too. */
const TRADITIONAL = new Set(['hant', 'tw', 'hk', 'mo']);

/**
 * The widget's languages that fit a tag, best first: `pt-PT` → pt-BR, `es-419` → es; `zh-TW`,
 * `zh-HK`, `zh-MO`, `zh-Hant` and `yue` → Traditional then Simplified, other Chinese the other
 * way round (either is closer to the reader than English). Empty for a language the widget lacks.
 */
export function matchLocales(tag: string | null | undefined): Locale[] {
  const [primary, ...rest] = tag?.trim().toLowerCase().split(/[-_]/) ?? [];
  if (!primary) return [];
  if (primary === 'yue') return ['zh-Hant', 'zh-Hans'];
  if (primary === 'zh') {
    // zh-Hans-HK is Simplified: a script subtag wins over the region.
    const script = rest.find((subtag) => subtag === 'hans' || subtag === 'hant');
    const traditional = script ? script === 'hant' : rest.some((subtag) => TRADITIONAL.has(subtag));
    return traditional ? ['zh-Hant', 'zh-Hans'] : ['zh-Hans', 'zh-Hant'];
  }
  // Own keys only: lang="constructor" must not find Object.prototype.constructor.
  return Object.hasOwn(BY_LANGUAGE, primary) ? [BY_LANGUAGE[primary]!] : [];
}

/** The widget's best language for a tag, or null. */
export function matchLocale(tag: string | null | undefined): Locale | null {
  return matchLocales(tag)[0] ?? null;
}

/** What a reader falls back to among the offered languages: English where offered. */
export function fallbackLocale(offered: readonly Locale[]): Locale {
  return offered.includes(SOURCE_LOCALE) || !offered.length ? SOURCE_LOCALE : offered[0]!;
}

/** The first of the candidates that the widget offers, in order of preference; else the fallback. */
export function chooseLocale(candidates: ReadonlyArray<string | null | undefined>, offered: readonly Locale[] = DEFAULT_LOCALES): Locale {
  for (const candidate of candidates) {
    const locale = matchLocales(candidate).find((match) => offered.includes(match));
    if (locale) return locale;
  }
  return fallbackLocale(offered);
}

/**
 * A partner's `languages`: an attribute (`"en es pt-BR"`, spaces or commas) or a JSON array. Each
 * entry is one of the widget's languages, case aside (`pt-br`); anything else is named in
 * `unknown`. `null` when nothing usable was listed: the widget then offers its defaults.
 */
export function parseLanguages(value: unknown): { locales: Locale[] | null; unknown: string[] } {
  // Read at every update of every widget: the same attribute text gives the same answer.
  if (typeof value === 'string' && value === lastParsed?.value) return lastParsed.result;
  const result = readLanguages(value);
  // Frozen: the same answer is handed to every widget that has this attribute text.
  Object.freeze(result.locales);
  Object.freeze(result.unknown);
  if (typeof value === 'string') lastParsed = { value, result };
  return result;
}
let lastParsed: { value: string; result: { locales: Locale[] | null; unknown: string[] } } | null = null;

function readLanguages(value: unknown): { locales: Locale[] | null; unknown: string[] } {
  const entries = Array.isArray(value) ? value : typeof value === 'string' ? value.split(/[\s,]+/) : [];
  const locales: Locale[] = [];
  const unknown: string[] = [];
  for (const entry of entries) {
    if (typeof entry !== 'string') {
      unknown.push(String(entry).slice(0, 40));
      continue;
    }
    const tag = entry.trim();
    if (!tag) continue;
    const locale = LOCALES.find((candidate) => candidate.toLowerCase() === tag.toLowerCase());
    if (!locale) unknown.push(tag.slice(0, 40));
    else if (!locales.includes(locale)) locales.push(locale);
  }
  return { locales: locales.length ? locales : null, unknown };
}

/**
 * The page has one language, so where widgets list different languages, it offers those every
 * widget lists (in the first list's order); English alone if they share none.
 */
export function offeredLocales(lists: ReadonlyArray<readonly Locale[] | null>): Locale[] {
  let offered: Locale[] | null = null;
  for (const list of lists) {
    const own = list ?? DEFAULT_LOCALES;
    offered = offered === null ? [...own] : offered.filter((locale) => own.includes(locale));
  }
  const result = offered ?? [...DEFAULT_LOCALES];
  return result.length ? result : [SOURCE_LOCALE];
}

export function directionOf(locale: Locale): 'rtl' | 'ltr' {
  return locale === 'ar' ? 'rtl' : 'ltr';
}

/** Names ICU lacks or words differently in some browsers. */
const NATIVE_NAMES: Partial<Record<Locale, string>> = {
  ht: 'Kreyòl ayisyen',
  kea: 'Kabuverdianu',
  km: 'ខ្មែរ',
  'zh-Hans': '中文（简体）',
  'zh-Hant': '中文（繁體）',
};

/** Names each language in itself ("Español", "Kreyòl ayisyen"), for the language picker. */
export function nativeName(locale: Locale): string {
  const fixed = NATIVE_NAMES[locale];
  if (fixed) return fixed;
  try {
    const name = new Intl.DisplayNames([locale], { type: 'language' }).of(locale);
    if (name && name !== locale) return name.charAt(0).toLocaleUpperCase(locale) + name.slice(1);
  } catch {
    // Older engines without Intl.DisplayNames fall through to the tag.
  }
  return locale;
}
