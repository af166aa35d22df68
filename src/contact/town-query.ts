/**
 * What the reader typed into "Where do you live?", read as one of: nothing yet, a known city or
 * town (directly or through a neighborhood), or something unknown with "did you mean" ideas.
 */
import { findMunicipality, searchTowns, suggestTowns, type TownSuggestion } from '../lookup/index.js';

export type TownQuery =
  | { kind: 'empty' }
  | { kind: 'found'; municipality: string; via: string | null }
  | { kind: 'unknown'; query: string; suggestions: TownSuggestion[] };

export function readTownQuery(query: string): TownQuery {
  const trimmed = query.trim();
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
