// Text folding shared by town search, town lookup and district-name matching. Readers type
// "st. johnsbury", "MANCHESTER BY THE SEA" or "Gomez"; the data says "Manchester-by-the-Sea" and
// "Gómez". Everything is compared in a folded form instead.

/** Lower case, accents dropped, apostrophes removed, other punctuation → single spaces. */
export function foldWords(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['\u2018\u2019`]/g, '')
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** foldWords without the spaces, so "EastBoston" and "East Boston" compare equal. */
export function foldCompact(text: string): string {
  return foldWords(text).replace(/ /g, '');
}

const UNITS = ['', 'first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth'];
const UNITS_CARDINAL = ['', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];
const TEENS = ['tenth', 'eleventh', 'twelfth', 'thirteenth', 'fourteenth', 'fifteenth', 'sixteenth', 'seventeenth', 'eighteenth', 'nineteenth'];
const TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
const TENS_ORD = ['', '', 'twentieth', 'thirtieth', 'fortieth', 'fiftieth', 'sixtieth', 'seventieth', 'eightieth', 'ninetieth'];

/**
 * An ordinal at the start of folded words: "18th", "18", "eighteenth", "twenty second".
 * Returns [value, words used] or null.
 */
export function leadingOrdinal(words: readonly string[]): [number, number] | null {
  const [a, b] = words;
  if (a === undefined) return null;
  const num = /^(\d+)(?:st|nd|rd|th)?$/.exec(a);
  if (num) return [Number(num[1]), 1];
  let i = UNITS.indexOf(a);
  if (i > 0) return [i, 1];
  i = TEENS.indexOf(a);
  if (i >= 0) return [10 + i, 1];
  i = TENS_ORD.indexOf(a);
  if (i >= 2) return [10 * i, 1];
  i = TENS.indexOf(a);
  if (i >= 2 && b !== undefined && UNITS.indexOf(b) > 0) return [10 * i + UNITS.indexOf(b), 2];
  return null;
}

/** 22 → "22nd" (House districts are written with numerals). */
export function ordinalNumeral(n: number): string {
  const tens = n % 100;
  const suffix = tens >= 11 && tens <= 13 ? 'th' : ['th', 'st', 'nd', 'rd'][n % 10] ?? 'th';
  return `${n}${suffix}`;
}

/** 22 → "Twenty-Second" (Senate districts are written with words). */
export function ordinalWords(n: number): string {
  const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
  if (n < 1 || n > 99) return ordinalNumeral(n);
  if (n < 10) return cap(UNITS[n]!);
  if (n < 20) return cap(TEENS[n - 10]!);
  const t = Math.floor(n / 10);
  return n % 10 === 0 ? cap(TENS_ORD[t]!) : `${cap(TENS[t]!)}-${cap(UNITS[n % 10]!)}`;
}

/**
 * The comparison key of a district name: "Twenty-Second Middlesex", "22nd Middlesex" and
 * "22nd Middlesex District" all give "22 middlesex"; "Worcester & Hampden" and
 * "Worcester and Hampden" give "worcester and hampden". Commas and "the" do not count.
 * scripts/import-data.mjs joins the sources with the same rule.
 */
export function districtKey(name: string): string {
  const words = foldWords(name)
    .split(' ')
    .filter((w) => w !== '' && w !== 'district' && w !== 'the');
  // "Twenty Two Middlesex" is a slip worth forgiving: cardinal tens-units written out.
  const t = TENS.indexOf(words[0] ?? '');
  const u = UNITS_CARDINAL.indexOf(words[1] ?? '');
  if (t >= 2 && u > 0) words.splice(0, 2, String(10 * t + u));
  const ord = leadingOrdinal(words);
  const base = (ord ? words.slice(ord[1]) : words).join(' ');
  return `${ord ? ord[0] : 0} ${base}`;
}
