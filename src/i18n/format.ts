/**
 * Dates and lists in the reader's language through Intl, with a fallback for the languages that
 * browsers' Intl data often lacks (Haitian Creole, Khmer, Cape Verdean Creole): without it they
 * would print English ("January 6, 2027", "A, B, and C") inside a translated sentence.
 */
import type { Locale } from './language.js';

/** Day, month and year as each language writes them, Western digits, and its word for "and". */
const FALLBACKS: Partial<Record<Locale, { months: readonly string[]; date: (day: number, month: string, year: number) => string; and: string }>> = {
  ht: {
    months: ['janvye', 'fevriye', 'mas', 'avril', 'me', 'jen', 'jiyè', 'out', 'septanm', 'oktòb', 'novanm', 'desanm'],
    date: (day, month, year) => `${day} ${month} ${year}`,
    and: 'ak',
  },
  km: {
    months: ['មករា', 'កុម្ភៈ', 'មីនា', 'មេសា', 'ឧសភា', 'មិថុនា', 'កក្កដា', 'សីហា', 'កញ្ញា', 'តុលា', 'វិច្ឆិកា', 'ធ្នូ'],
    date: (day, month, year) => `${day} ${month} ${year}`,
    and: 'និង',
  },
  // ALUPEC spelling.
  kea: {
    months: ['Janeru', 'Fevereru', 'Marsu', 'Abril', 'Maiu', 'Junhu', 'Julhu', 'Agostu', 'Setenbru', 'Otubru', 'Nuvenbru', 'Dizenbru'],
    date: (day, month, year) => `${day} di ${month} di ${year}`,
    and: 'y',
  },
};

const supported = (locale: Locale, kind: 'DateTimeFormat' | 'ListFormat') =>
  Intl[kind].supportedLocalesOf([locale]).length > 0;

/** A calendar date (UTC) such as "August 5, 2026" or "5 out 2026". */
export function formatDate(locale: Locale, isoDate: string): string {
  const date = new Date(`${isoDate}T00:00:00Z`);
  const fallback = FALLBACKS[locale];
  if (fallback && !supported(locale, 'DateTimeFormat')) {
    return fallback.date(date.getUTCDate(), fallback.months[date.getUTCMonth()]!, date.getUTCFullYear());
  }
  // Western digits in every language, like every other number the widget shows (phones, districts, bills).
  return new Intl.DateTimeFormat(`${locale}-u-nu-latn`, { dateStyle: 'long', timeZone: 'UTC' }).format(date);
}

/** "A and B", "A, B y C", "A ak B". */
export function formatList(locale: Locale, items: readonly string[]): string {
  const fallback = FALLBACKS[locale];
  if (fallback && !supported(locale, 'ListFormat')) {
    return items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')} ${fallback.and} ${items.at(-1)}`;
  }
  return new Intl.ListFormat(locale, { type: 'conjunction' }).format(items);
}
