/**
 * What the reader typed into "Where do you live?", read as one of: nothing yet, a known city or
 * town (directly or through a neighborhood), or something unknown with "did you mean" ideas.
 */
import { findMunicipality, searchTowns, suggestTowns, type TownSuggestion } from '../lookup/index.js';

export type TownQuery =
  | { kind: 'empty' }
  | { kind: 'found'; municipality: string; via: string | null }
  | { kind: 'unknown'; query: string; suggestions: TownSuggestion[] };

/** No city, town or neighborhood name is longer: more is not a place (and a script can set more than maxlength). */
export const TOWN_QUERY_MAX = 100;

const ZIP = /^\d{5}(-\d{4})?$/;
const STATE = /^(ma|mass\.?|massachusetts)$/i;
const isSeparator = (char: string) => char === ',' || /\s/.test(char);

/**
 * Drops the last word when it matches `word` and separators (spaces, commas) stand before it.
 * One pass from the end: linear in the length, whatever runs of separators the text holds (a
 * regular expression anchored at the end backtracks over every run, which is quadratic).
 */
function dropLastWord(text: string, word: RegExp): string {
  let start = text.length;
  while (start > 0 && !isSeparator(text[start - 1]!)) start--;
  if (start === 0 || !word.test(text.slice(start))) return text;
  let end = start;
  while (end > 0 && isSeparator(text[end - 1]!)) end--;
  return text.slice(0, end);
}

/** Spaces and commas off both ends, by index (an anchored regular expression would be quadratic). */
function trimSeparators(text: string): string {
  let start = 0;
  let end = text.length;
  while (start < end && isSeparator(text[start]!)) start++;
  while (end > start && isSeparator(text[end - 1]!)) end--;
  return text.slice(start, end);
}

/**
 * What people add after their town out of habit: "Boston, MA", "Cambridge Massachusetts 02139".
 * Removed before looking up, and never the whole query ("MA" alone stays as typed).
 */
export function withoutStateAndZip(query: string): string {
  const trimmed = query.trim();
  const stripped = dropLastWord(dropLastWord(dropLastWord(trimmed, ZIP), STATE), ZIP).trim();
  return stripped || trimmed;
}

export function readTownQuery(query: string): TownQuery {
  // The state and ZIP code come off first, and separators at either end, so the cut keeps the place.
  const trimmed = trimSeparators(withoutStateAndZip(query)).slice(0, TOWN_QUERY_MAX).trim();
  if (trimmed === '') return { kind: 'empty' };
  const municipality = findMunicipality(trimmed);
  if (municipality) return { kind: 'found', municipality, via: null };
  const exact = searchTowns(trimmed, 2).filter((match) => match.rank === 'exact');
  // A neighborhood name shared by two towns is ambiguous: let the reader pick from suggestions.
  if (exact.length === 1) return { kind: 'found', municipality: exact[0]!.municipality, via: exact[0]!.via };
  const suggestions = [
    ...exact.map((match) => ({ municipality: match.municipality, label: match.label, via: match.via, distance: 0 })),
    ...suggestTowns(trimmed, 3),
  ].filter((suggestion, index, list) => list.findIndex((other) => other.municipality === suggestion.municipality) === index);
  return { kind: 'unknown', query: trimmed, suggestions };
}

/** One option of the town list while the reader types. */
export interface TownOption {
  readonly municipality: string;
  readonly label: string;
  readonly via: string | null;
  /** A spelling suggestion ("Sommerville" → Somerville), not a match of what was typed. */
  readonly guess: boolean;
}

/**
 * The town list while the reader types: what the text matches, read as Enter would read it (the
 * state and ZIP code people add come off, so "Cambridge, MA" still lists Cambridge); when nothing
 * matches, the spelling suggestions that Enter would offer, so the list does not vanish under a
 * misspelling.
 */
export function townOptions(query: string, limit = 8): TownOption[] {
  const cleaned = trimSeparators(withoutStateAndZip(query)).slice(0, TOWN_QUERY_MAX).trim();
  if (cleaned === '') return [];
  // "Cambridge, M" on the way to "Cambridge, MA": the place before the comma.
  const comma = cleaned.indexOf(',');
  const readings = comma > 0 ? [cleaned, cleaned.slice(0, comma).trim()] : [cleaned];
  for (const reading of readings) {
    const matches = searchTowns(reading, limit);
    if (matches.length) return matches.map(({ municipality, label, via }) => ({ municipality, label, via, guess: false }));
  }
  for (const reading of readings) {
    const guesses = suggestTowns(reading, Math.min(limit, 3));
    if (guesses.length) return guesses.map(({ municipality, label, via }) => ({ municipality, label, via, guess: true }));
  }
  return [];
}
