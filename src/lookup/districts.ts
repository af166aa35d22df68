// Finding a district from a name written by someone else: an address-lookup service, a CSV, a
// person. Spellings differ ("Twenty-Second Middlesex" / "22nd Middlesex", "&" / "and").

import { data, type Chamber, type District, type Legislator } from './data.js';
import { districtKey } from './normalize.js';

let byKey: Map<string, District[]> | undefined;
function index(): Map<string, District[]> {
  if (!byKey) {
    byKey = new Map();
    for (const d of data().districts) {
      const k = districtKey(d.name);
      const list = byKey.get(k);
      if (list) list.push(d);
      else byKey.set(k, [d]);
    }
  }
  return byKey;
}

/**
 * Every district whose name matches, in either chamber. Several House and Senate districts share
 * a name ("First Essex" is both), so without a chamber there can be two.
 */
export function findDistrictsByName(name: string): District[] {
  return [...(index().get(districtKey(name)) ?? [])];
}

/**
 * The district of that name. With no chamber, a name that exists in both chambers is ambiguous
 * and gives null rather than a guess: pass the chamber when the source says which.
 */
export function findDistrictByName(name: string, chamber?: Chamber): District | null {
  const found = findDistrictsByName(name).filter((d) => chamber === undefined || d.chamber === chamber);
  return found.length === 1 ? found[0]! : null;
}

export function allDistricts(chamber?: Chamber): readonly District[] {
  const d = data();
  return chamber === undefined ? d.districts : chamber === 'house' ? d.house : d.senate;
}

export function allLegislators(): Legislator[] {
  return data().districts.flatMap((d) => (d.member ? [d.member] : []));
}
