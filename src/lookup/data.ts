// Decodes the compact generated module src/data/ma-districts.ts into typed records. Its tables
// come through tables.ts: inline here, fetched in the browser bundles (loadTables()).
//
// The encoding (written by scripts/import-data.mjs) trades readability for size, because the
// whole table ships to the browser so that no address or town ever leaves the reader's device:
//
// - DISTRICT_BASES: "|"-separated district names without their ordinal ("Essex", "Cape and Islands").
// - HOUSE_DISTRICTS, SENATE_DISTRICTS: comma-separated "b*n" (seats 1..n of base b) or "b" (one
//   unnumbered seat). District index = House seats in that order, then Senate seats.
// - MEMBERS: one line per district index, "code|name|party|phone|email|districtPhone"; an empty
//   line is a vacant seat. code: empty while malegislature.gov has not published it. phone: the
//   last four digits of a 617-722 State House number, a whole number, or empty for none. email:
//   without the chamber's domain; empty = first.last of the name, "x." = x.last, "-" = none
//   published yet, anything else is the whole local part (or whole address if it has "@").
//   districtPhone: the district office's number, whole (NNN-NNN-NNNN), or empty for none; it was
//   added last, so a five-field line (data generated before it) decodes with none.
// - TOWNS: one line per municipality. "Name|hhs" = the whole town is in House seat hh and
//   Senate seat s, written as base-62 digits (two for House, one for Senate). Split towns:
//   "Name|palette|spec": palette is a run of such three-character pairs; spec starts with the
//   label scheme ("n": precincts 1, 2, 2A…; "l": precincts A, A1, B…) and the ward style ("-" no
//   wards, "1" wards 1..n, "A" wards A..), then one stream per ward, ";"-separated. In a stream
//   each character is the palette entry of the next precinct; "+" before it makes it the next
//   sub-precinct (2A, 2B / A1, A2) of the current one, "-" skips a label that has no precinct.
// - NEIGHBORHOODS: "Town=Place,Place|…".

import { tables } from './tables.js';
import { DIGITS } from './encoding.js';
import { decodeDistricts, type District, type DistrictPair } from './decode.js';

export { LEGISLATORS_AS_OF, DISTRICTS_AS_OF, GENERAL_COURT } from '../data/ma-districts.js';
/** A municipality as stored; precinct detail of split towns is decoded on first use. */
export interface TownRecord {
  readonly name: string;
  /** Pairs of district indexes, three characters each; one pair = the whole town. */
  readonly pairs: string;
  /** Precinct spec of a split town, undefined when the town lies in one House and one Senate seat. */
  readonly spec: string | undefined;
}

export { profileUrl, FIND_MY_LEGISLATOR_URL, type Chamber, type District, type DistrictPair, type Legislator } from './decode.js';
export { decodePrecincts, NO_WARD, type PrecinctTable } from './decode.js';

function decodeTowns(): TownRecord[] {
  return tables().TOWNS.split('\n').map((line) => {
    const [name = '', pairs = '', spec] = line.split('|');
    return { name, pairs, spec };
  });
}

function decodeNeighborhoods(): Array<{ place: string; town: string }> {
  return tables().NEIGHBORHOODS.split('|').flatMap((group) => {
    const [town = '', places = ''] = group.split('=');
    return places.split(',').map((place) => ({ place, town }));
  });
}

/** Decoding everything takes a few milliseconds (npm run bench), so it happens once, on first use. */
interface Decoded {
  readonly districts: readonly District[];
  readonly house: readonly District[];
  readonly senate: readonly District[];
  readonly towns: readonly TownRecord[];
  readonly neighborhoods: ReadonlyArray<{ place: string; town: string }>;
}
let decoded: Decoded | undefined;
export function data(): Decoded {
  if (!decoded) {
    const { all, house, senate } = decodeDistricts(tables());
    decoded = { districts: all, house, senate, towns: decodeTowns(), neighborhoods: decodeNeighborhoods() };
  }
  return decoded;
}

/** The district pair at position `i` of a town's palette. */
export function pairAt(town: TownRecord, i: number): DistrictPair {
  const { house, senate } = data();
  const p = town.pairs;
  const h = DIGITS.indexOf(p[3 * i]!) * 62 + DIGITS.indexOf(p[3 * i + 1]!);
  const s = DIGITS.indexOf(p[3 * i + 2]!);
  return { house: house[h]!, senate: senate[s]! };
}

export function pairCount(town: TownRecord): number {
  return town.pairs.length / 3;
}


