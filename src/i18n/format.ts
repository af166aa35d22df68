/**
 * Dates and lists in the reader's language through Intl, with a fallback for Haitian Creole,
 * which browsers' Intl data does not cover (it would print English).
 */
import type { Locale } from './language.js';

const CREOLE_MONTHS = ['janvye', 'fevriye', 'mas', 'avril', 'me', 'jen', 'jiyè', 'out', 'septanm', 'oktòb', 'novanm', 'desanm'];

const supported = (locale: Locale, kind: 'DateTimeFormat' | 'ListFormat') =>
  Intl[kind].supportedLocalesOf([locale]).length > 0;

/** A calendar date (UTC) such as "August 5, 2026" or "5 out 2026". */
export function formatDate(locale: Locale, isoDate: string): string {
  const date = new Date(`${isoDate}T00:00:00Z`);
  if (locale === 'ht' && !supported(locale, 'DateTimeFormat')) {
    return `${date.getUTCDate()} ${CREOLE_MONTHS[date.getUTCMonth()]} ${date.getUTCFullYear()}`;
  }
  // Western digits in Arabic, like every other number the widget shows (phones, districts, bills).
  return new Intl.DateTimeFormat(locale === 'ar' ? 'ar-u-nu-latn' : locale, { dateStyle: 'long', timeZone: 'UTC' }).format(date);
}

/** "A and B", "A, B y C", "A ak B". */
export function formatList(locale: Locale, items: readonly string[]): string {
  if (locale === 'ht' && !supported(locale, 'ListFormat')) {
    return items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')} ak ${items.at(-1)}`;
  }
  return new Intl.ListFormat(locale, { type: 'conjunction' }).format(items);
}
