// From a municipality (and, where it is split between districts, a ward and precinct) to its
// House and Senate districts.

import {
  data,
  decodePrecincts,
  pairAt,
  pairCount,
  NO_WARD,
  type District,
  type DistrictPair,
  type PrecinctTable,
  type TownRecord,
} from './data.js';
import { foldCompact } from './normalize.js';

export { NO_WARD };

export interface SingleTown {
  readonly kind: 'single';
  readonly municipality: string;
  readonly house: District;
  readonly senate: District;
}

export interface SplitTown {
  readonly kind: 'split';
  readonly municipality: string;
  /** false: ask for the precinct only (use precinctsByWard.get(NO_WARD)). */
  readonly hasWards: boolean;
  /** Ward labels in order ("1".."22"; Lawrence "A".."F"); empty when the town has no wards. */
  readonly wards: readonly string[];
  /** Precinct labels in order for each ward; key NO_WARD when the town has no wards. */
  readonly precinctsByWard: ReadonlyMap<string, readonly string[]>;
  /** Every district that has part of the town; often a single Senate district. */
  readonly candidates: { readonly house: readonly District[]; readonly senate: readonly District[] };
  /** The House and Senate district pairs that some precinct of the town really has. */
  readonly pairs: readonly DistrictPair[];
}

export type TownResolution = SingleTown | SplitTown;

let byName: Map<string, TownRecord> | undefined;
function townsByName(): Map<string, TownRecord> {
  if (!byName) byName = new Map(data().towns.map((t) => [foldCompact(t.name), t]));
  return byName;
}

/** The municipality's official name ("manchester by the sea" → "Manchester-by-the-Sea"), or null. */
export function findMunicipality(name: string): string | null {
  return townsByName().get(foldCompact(name))?.name ?? null;
}

export function allMunicipalities(): string[] {
  return data().towns.map((t) => t.name);
}

const tables = new Map<TownRecord, PrecinctTable>();
function precinctTable(town: TownRecord, spec: string): PrecinctTable {
  let table = tables.get(town);
  if (!table) {
    table = decodePrecincts(spec);
    tables.set(town, table);
  }
  return table;
}

function distinct(list: District[]): District[] {
  return [...new Set(list)].sort((a, b) => a.index - b.index);
}

function candidatesOf(town: TownRecord, palette: Iterable<number>): SplitTown['candidates'] {
  const pairs = [...palette].map((i) => pairAt(town, i));
  return { house: distinct(pairs.map((p) => p.house)), senate: distinct(pairs.map((p) => p.senate)) };
}

/** null when the name is not one of the 351 municipalities (see searchTowns for fuzzy input). */
export function resolveTown(municipality: string): TownResolution | null {
  const town = townsByName().get(foldCompact(municipality));
  if (!town) return null;
  if (town.spec === undefined) return { kind: 'single', municipality: town.name, ...pairAt(town, 0) };
  const table = precinctTable(town, town.spec);
  return {
    kind: 'split',
    municipality: town.name,
    hasWards: table.hasWards,
    wards: table.wards,
    precinctsByWard: table.precincts,
    candidates: candidatesOf(town, Array.from({ length: pairCount(town) }, (_, i) => i)),
    pairs: Array.from({ length: pairCount(town) }, (_, i) => pairAt(town, i)),
  };
}

/**
 * What one ward of a split town narrows things to. When both lists have one entry the UI need
 * not ask for the precinct. null for an unknown town or ward, or a town without wards.
 */
export function resolveWard(
  municipality: string,
  ward: string,
): { house: readonly District[]; senate: readonly District[]; precincts: readonly string[] } | null {
  const town = townsByName().get(foldCompact(municipality));
  if (!town) return null;
  if (town.spec === undefined) {
    const { house, senate } = pairAt(town, 0);
    return { house: [house], senate: [senate], precincts: [] };
  }
  const table = precinctTable(town, town.spec);
  const w = normalizeLabel(ward, 'ward');
  const precincts = table.hasWards ? table.precincts.get(w) : undefined;
  if (!precincts) return null;
  const used = new Set(precincts.map((p) => table.pairIndex.get(`${w}|${p}`)!));
  return { ...candidatesOf(town, used), precincts };
}

/**
 * "Ward 03", "pct. 2a", " 2A " → "3", "2A". Labels are upper case without leading zeros.
 * "-" or empty stands for "no ward".
 */
export function normalizeLabel(label: string | null | undefined, kind: 'ward' | 'precinct'): string {
  if (label == null) return NO_WARD;
  let s = label.toUpperCase().replace(/\s+/g, '');
  s = kind === 'ward' ? s.replace(/^WARD\.?/, '') : s.replace(/^(PRECINCT|PCT)\.?/, '');
  s = s.replace(/^0+(?=\d)/, '');
  return s === '' || s === '-' ? NO_WARD : s;
}

/**
 * Districts of one ward/precinct. `ward` is null (or "-") in towns without wards. For a town
 * that lies wholly in one House and one Senate district the ward and precinct are not checked
 * (the data does not keep them), so any input gives that town's districts. null when the town,
 * ward or precinct is unknown.
 */
export function resolvePrecinct(municipality: string, ward: string | null, precinct: string): DistrictPair | null {
  const town = townsByName().get(foldCompact(municipality));
  if (!town) return null;
  if (town.spec === undefined) return pairAt(town, 0);
  const table = precinctTable(town, town.spec);
  const w = table.hasWards ? normalizeLabel(ward, 'ward') : NO_WARD;
  const i = table.pairIndex.get(`${w}|${normalizeLabel(precinct, 'precinct')}`);
  return i === undefined ? null : pairAt(town, i);
}
