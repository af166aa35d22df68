// The compact data format's shared vocabulary: scripts/import-data.mjs encodes with it and
// data.ts decodes with it, so the two cannot drift apart. No data import here: the import
// script loads this module before the data module exists.

/** Base-62 digits for district indexes and precinct palettes. */
export const DIGITS = '0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';

/** One letter per party in the member lines. */
export const PARTY_LETTERS: Readonly<Record<string, string>> = { D: 'Democratic', R: 'Republican', I: 'Independent', U: 'Unenrolled' };

/** State House lines share this prefix; the data stores only the last four digits. */
export const CAPITOL_PHONE_PREFIX = '617-722-';

/** Emails drop their chamber's domain in the data. */
export const EMAIL_DOMAIN = { house: 'mahouse.gov', senate: 'masenate.gov' } as const;

/** The email field of a member whose office address is not published yet (new members). */
export const NO_EMAIL = '-';

/**
 * The email rule's names: most addresses are first.last of the display name (accents off, lower
 * case), many nickname.last. The import stores only what differs; the decoder rebuilds it.
 */
export function emailNames(name: string): { first: string; last: string } {
  const words = name.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().split(' ');
  return { first: words[0] ?? '', last: words[words.length - 1] ?? '' };
}
