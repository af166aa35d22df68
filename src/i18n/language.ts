/**
 * Which of the widget's languages fits a BCP 47 tag, with sensible regional fallbacks. Pure: the
 * page and browser are read elsewhere.
 */
export const LOCALES = ['en', 'es', 'pt-BR', 'ht', 'zh-Hans', 'vi', 'ar'] as const;
export type Locale = (typeof LOCALES)[number];
export const SOURCE_LOCALE: Locale = 'en';

/** By primary language: every regional variant goes to the one variant the widget has. */
const BY_LANGUAGE: Record<string, Locale> = {
  en: 'en',
  es: 'es',
  pt: 'pt-BR',
  ht: 'ht',
  // Chinese readers get Simplified characters in every region: closer to them than English.
  zh: 'zh-Hans',
  vi: 'vi',
  ar: 'ar',
};

/** `pt-PT` → `pt-BR`, `zh-SG` → `zh-Hans`, `es-419` → `es`; null for a language the widget lacks. */
export function matchLocale(tag: string | null | undefined): Locale | null {
  const primary = tag?.trim().toLowerCase().split(/[-_]/)[0];
  // Own keys only: lang="constructor" must not find Object.prototype.constructor.
  return primary && Object.hasOwn(BY_LANGUAGE, primary) ? BY_LANGUAGE[primary]! : null;
}

/** The first of the candidates the widget speaks, in order of preference; English if none. */
export function chooseLocale(candidates: ReadonlyArray<string | null | undefined>): Locale {
  for (const candidate of candidates) {
    const locale = matchLocale(candidate);
    if (locale) return locale;
  }
  return SOURCE_LOCALE;
}

export function directionOf(locale: Locale): 'rtl' | 'ltr' {
  return locale === 'ar' ? 'rtl' : 'ltr';
}

/** Names each language in itself ("Español", "Kreyòl ayisyen"), for the language picker. */
export function nativeName(locale: Locale): string {
  // ICU lacks a name for Haitian Creole in some browsers; the Creole name is fixed here.
  if (locale === 'ht') return 'Kreyòl ayisyen';
  try {
    const name = new Intl.DisplayNames([locale], { type: 'language' }).of(locale);
    if (name && name !== locale) return name.charAt(0).toLocaleUpperCase(locale) + name.slice(1);
  } catch {
    // Older engines without Intl.DisplayNames fall through to the tag.
  }
  return locale;
}
