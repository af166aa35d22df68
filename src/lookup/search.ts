// Town search for a type-ahead field, and "did you mean" for misspellings. Runs on every
// keystroke, so names are folded once and a query costs a few hundred string comparisons.

import { data } from './data.js';
import { foldWords } from './normalize.js';

export interface TownMatch {
  /** The municipality to resolve. */
  readonly municipality: string;
  /** What matched: the municipality itself or a neighborhood/village name. */
  readonly label: string;
  /** The neighborhood or village the match came through, or null for a municipality. */
  readonly via: string | null;
  /** exact > prefix (of the whole name) > word (prefix of a later word) > substring. */
  readonly rank: 'exact' | 'prefix' | 'word' | 'substring';
}

export interface TownSuggestion {
  readonly municipality: string;
  readonly label: string;
  readonly via: string | null;
  /** Edit distance between the query and the name (or the name's start, for a partial query). */
  readonly distance: number;
}

interface Entry {
  readonly municipality: string;
  readonly label: string;
  readonly via: string | null;
  /** Folded, spaceless forms the entry answers to (official spelling first). */
  readonly keys: readonly string[];
  /** Offsets in keys[k] where a word begins. */
  readonly wordStarts: ReadonlyArray<readonly number[]>;
}

// Whole-word abbreviations. Applied to queries of two or more words only, so that "st" typed
// alone still finds Sturbridge and "n" finds Natick.
const ABBREVIATIONS: Record<string, string> = {
  st: 'saint',
  ste: 'sainte',
  mt: 'mount',
  mtn: 'mountain',
  ft: 'fort',
  n: 'north',
  s: 'south',
  e: 'east',
  w: 'west',
  no: 'north',
  so: 'south',
  ctr: 'center',
  cntr: 'center',
};

// "Foxborough" is also written "Foxboro", "Attleboro" sometimes "Attleborough"; both forms of
// a name are keys so either, typed in part, still matches as a prefix.
function nameVariants(words: string): string[] {
  const out = [words];
  if (/borough\b/.test(words)) out.push(words.replace(/borough\b/g, 'boro'));
  else if (/boro\b/.test(words)) out.push(words.replace(/boro\b/g, 'borough'));
  if (/\bcentre\b/.test(words)) out.push(words.replace(/\bcentre\b/g, 'center'));
  return out;
}

function makeEntry(municipality: string, label: string, via: string | null): Entry {
  const variants = nameVariants(foldWords(label));
  return {
    municipality,
    label,
    via,
    keys: variants.map((v) => v.replace(/ /g, '')),
    wordStarts: variants.map((v) => {
      const starts: number[] = [];
      let offset = 0;
      for (const w of v.split(' ')) {
        starts.push(offset);
        offset += w.length;
      }
      return starts;
    }),
  };
}

let entries: Entry[] | undefined;
function allEntries(): Entry[] {
  if (!entries) {
    const d = data();
    entries = [
      ...d.towns.map((t) => makeEntry(t.name, t.name, null)),
      ...d.neighborhoods.map((n) => makeEntry(n.town, n.place, n.place)),
    ];
  }
  return entries;
}

/** The folded, spaceless forms of a query: as typed, and with abbreviations spelled out. */
function queryKeys(query: string): string[] {
  const words = foldWords(query).split(' ').filter(Boolean);
  const keys = [words.join('')];
  if (words.length > 1) {
    const expanded = words.map((w) => ABBREVIATIONS[w] ?? w).join('');
    if (expanded !== keys[0]) keys.push(expanded);
  }
  return keys[0] === '' ? [] : keys;
}

const RANKS = ['exact', 'prefix', 'word', 'substring'] as const;

function rankOf(entry: Entry, queries: readonly string[]): number {
  let best: number = RANKS.length;
  entry.keys.forEach((key, k) => {
    for (const q of queries) {
      if (key === q) best = 0;
      else if (best > 1 && key.startsWith(q)) best = 1;
      else if (best > 2 && entry.wordStarts[k]!.some((s) => s > 0 && key.startsWith(q, s))) best = 2;
      else if (best > 3 && key.includes(q)) best = 3;
    }
  });
  return best;
}

// Municipalities before neighborhoods, then shorter names (closer to what was typed), then A-Z.
function compareEntries(a: Entry, b: Entry): number {
  if ((a.via === null) !== (b.via === null)) return a.via === null ? -1 : 1;
  if (a.label.length !== b.label.length) return a.label.length - b.label.length;
  return a.label < b.label ? -1 : a.label > b.label ? 1 : 0;
}

/**
 * Municipalities matching what has been typed so far, best first, at most `limit`. Case,
 * accents, punctuation and spaces do not matter. A neighborhood or village ("East Boston",
 * "Hyannis") returns its municipality with `via` set. Each municipality appears once, through
 * its best match. An empty query gives no matches.
 */
export function searchTowns(query: string, limit = 8): TownMatch[] {
  const queries = queryKeys(query);
  if (queries.length === 0 || limit <= 0) return [];
  const hits: Array<{ entry: Entry; rank: number }> = [];
  for (const entry of allEntries()) {
    const rank = rankOf(entry, queries);
    if (rank < RANKS.length) hits.push({ entry, rank });
  }
  hits.sort((a, b) => a.rank - b.rank || compareEntries(a.entry, b.entry));
  const seen = new Set<string>();
  const out: TownMatch[] = [];
  for (const { entry, rank } of hits) {
    if (seen.has(entry.municipality)) continue;
    seen.add(entry.municipality);
    out.push({ municipality: entry.municipality, label: entry.label, via: entry.via, rank: RANKS[rank]! });
    if (out.length === limit) break;
  }
  return out;
}

// Three rolling rows, reused: suggestTowns computes several hundred distances per call.
let rows: [Uint16Array, Uint16Array, Uint16Array] = [new Uint16Array(64), new Uint16Array(64), new Uint16Array(64)];

/** Optimal-string-alignment distance (a swap of neighbours counts one), or max+1 once over max. */
export function editDistance(a: string, b: string, max = Infinity): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  if (rows[0].length <= b.length) rows = [new Uint16Array(b.length + 1), new Uint16Array(b.length + 1), new Uint16Array(b.length + 1)];
  let [prev2, prev, row] = rows;
  for (let j = 0; j <= b.length; j++) prev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    row[0] = i;
    let rowMin = i;
    const ai = a.charCodeAt(i - 1);
    for (let j = 1; j <= b.length; j++) {
      const bj = b.charCodeAt(j - 1);
      let v = Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + (ai === bj ? 0 : 1));
      if (i > 1 && j > 1 && ai === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === bj) v = Math.min(v, prev2[j - 2]! + 1);
      row[j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return max + 1;
    [prev2, prev, row] = [prev, row, prev2];
  }
  return prev[b.length]!;
}

/** How many edits a query of this length may be away: short names need a tighter bound. */
function allowedEdits(length: number): number {
  return length < 3 ? 0 : length < 8 ? 1 : 2;
}

/**
 * "Did you mean": municipalities (or neighborhoods) within a few edits of the query, closest
 * first. "Cambrige" → Cambridge, "Worchester" → Worcester. A query of five or more characters is
 * also compared with the start of longer names, so a misspelt partial entry still finds them.
 * Queries under three characters give nothing. Exact matches are included with distance 0.
 */
export function suggestTowns(query: string, limit = 3): TownSuggestion[] {
  const queries = queryKeys(query);
  const q = queries[0];
  if (q === undefined || limit <= 0) return [];
  const max = allowedEdits(q.length);
  if (max === 0) return [];
  const hits: Array<{ entry: Entry; distance: number; partial: boolean }> = [];
  for (const entry of allEntries()) {
    let best = max + 1;
    let partial = false;
    for (const key of entry.keys) {
      for (const query of queries) {
        const d = editDistance(query, key, max);
        if (d < best) (best = d), (partial = false);
        if (query.length >= 5 && key.length > query.length + 1) {
          const p = editDistance(query, key.slice(0, query.length), max);
          if (p < best) (best = p), (partial = true);
        }
      }
    }
    if (best <= max) hits.push({ entry, distance: best, partial });
  }
  // Whole-name matches beat partial ones at the same distance.
  hits.sort((a, b) => a.distance - b.distance || Number(a.partial) - Number(b.partial) || compareEntries(a.entry, b.entry));
  const seen = new Set<string>();
  const out: TownSuggestion[] = [];
  for (const { entry, distance } of hits) {
    if (seen.has(entry.municipality)) continue;
    seen.add(entry.municipality);
    out.push({ municipality: entry.municipality, label: entry.label, via: entry.via, distance });
    if (out.length === limit) break;
  }
  return out;
}
