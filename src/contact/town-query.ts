/**
 * What the reader typed into "Where do you live?", read as one of: nothing yet, a known city or
 * town (directly or through a neighborhood), or something unknown with "did you mean" ideas.
 */
import { findMunicipality, searchTowns, suggestTowns, type TownSuggestion } from '../lookup/index.js';

export type TownQuery =
  | { kind: 'empty' }
  | { kind: 'found'; municipality: string; via: string | null }
  | { kind: 'unknown'; query: string; suggestions: TownSuggestion[] };

/**
 * What people add after their town out of habit: "Boston, MA", "Cambridge Massachusetts 02139".
 * Removed before looking up, and never the whole query ("MA" alone stays as typed).
 */
export function withoutStateAndZip(query: string): string {
  const trimmed = query.trim();
  const stripped = trimmed
    .replace(/[\s,]+\d{5}(-\d{4})?$/, '')
    .replace(/[\s,]+(ma|mass\.?|massachusetts)$/i, '')
    .replace(/[\s,]+\d{5}(-\d{4})?$/, '')
    .trim();
  return stripped || trimmed;
}

export function readTownQuery(query: string): TownQuery {
  const trimmed = withoutStateAndZip(query);
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
