// Decodes the members and districts of a generated data module (format: see data.ts). Pure and
// free of the data module itself, so the import script can decode the data committed before a
// refresh and report what changed.

import { ordinalNumeral, ordinalWords } from './normalize.js';
import { CAPITOL_PHONE_PREFIX, DIGITS, EMAIL_DOMAIN, NO_EMAIL, PARTY_LETTERS, emailNames } from './encoding.js';

export type Chamber = 'house' | 'senate';

export interface Legislator {
  /** malegislature.gov member code, e.g. "ALS1" (one has a space: "L M0"); empty until published. */
  readonly code: string;
  readonly name: string;
  readonly chamber: Chamber;
  /** Display name of the district, e.g. "7th Plymouth", "Norfolk and Plymouth". */
  readonly district: string;
  readonly party: string;
  /** State House phone, "617-722-2320"; null when the source lists none. */
  readonly phone: string | null;
  /** The district office's phone, "413-442-4300", a second number to call; null when the source lists none. */
  readonly districtPhone: string | null;
  /** Empty while the office's address is not published (new members, right after a swearing-in). */
  readonly email: string;
  readonly profileUrl: string;
}

export interface District {
  /** Position in the data; stable only for one generated data file. */
  readonly index: number;
  readonly chamber: Chamber;
  /** "7th Plymouth" (House: numerals), "First Essex and Middlesex" (Senate: words). */
  readonly name: string;
  /** 0 for unnumbered districts such as "Cape and Islands". */
  readonly ordinal: number;
  readonly base: string;
  /** null = vacant seat. */
  readonly member: Legislator | null;
}

export interface DistrictPair {
  readonly house: District;
  readonly senate: District;
}

const PROFILE_PREFIX = 'https://malegislature.gov/Legislators/Profile/';

/** The official Find My Legislator page, where a reader can always check who represents them. */
export const FIND_MY_LEGISLATOR_URL = 'https://malegislature.gov/Search/FindMyLegislator';

/** A member's malegislature.gov profile; the official lookup page while their code is not published. */
export function profileUrl(code: string): string {
  return code ? PROFILE_PREFIX + encodeURIComponent(code) : FIND_MY_LEGISLATOR_URL;
}

/** The district and member tables of a generated data module. */
export interface DistrictTables {
  readonly DISTRICT_BASES: string;
  readonly HOUSE_DISTRICTS: string;
  readonly SENATE_DISTRICTS: string;
  readonly MEMBERS: string;
}

export function decodeDistricts(tables: DistrictTables): { house: District[]; senate: District[]; all: District[] } {
  const { DISTRICT_BASES, HOUSE_DISTRICTS, SENATE_DISTRICTS, MEMBERS } = tables;
  const bases = DISTRICT_BASES.split('|');
  const members = MEMBERS.split('\n');
  const all: District[] = [];
  const add = (chamber: Chamber, spec: string) => {
    for (const part of spec.split(',')) {
      const [b, n] = part.split('*');
      const base = bases[Number(b)]!;
      const seats = n === undefined ? [0] : Array.from({ length: Number(n) }, (_, i) => i + 1);
      for (const ordinal of seats) {
        const name = ordinal === 0 ? base : `${chamber === 'house' ? ordinalNumeral(ordinal) : ordinalWords(ordinal)} ${base}`;
        const index = all.length;
        all.push({ index, chamber, name, ordinal, base, member: decodeMember(members[index] ?? '', chamber, name) });
      }
    }
  };
  add('house', HOUSE_DISTRICTS);
  add('senate', SENATE_DISTRICTS);
  return { house: all.filter((d) => d.chamber === 'house'), senate: all.filter((d) => d.chamber === 'senate'), all };
}

function decodeMember(line: string, chamber: Chamber, district: string): Legislator | null {
  if (line === '') return null;
  const [code = '', name = '', party = '', phone = '', email = '', districtPhone = ''] = line.split('|');
  return {
    code,
    name,
    chamber,
    district,
    party: PARTY_LETTERS[party] ?? party,
    phone: phone === '' ? null : phone.length === 4 ? CAPITOL_PHONE_PREFIX + phone : phone,
    email: decodeEmail(email, name, chamber),
    districtPhone: districtPhone === '' ? null : districtPhone,
    profileUrl: profileUrl(code),
  };
}

function decodeEmail(email: string, name: string, chamber: Chamber): string {
  if (email === NO_EMAIL) return '';
  const { first, last } = emailNames(name);
  const local = email === '' ? `${first}.${last}` : email.endsWith('.') ? email + last : email;
  return local.includes('@') ? local : `${local}@${EMAIL_DOMAIN[chamber]}`;
}

export function wardLabel(style: string, i: number): string {
  return style === 'A' ? String.fromCharCode(65 + i) : String(i + 1);
}

export interface PrecinctTable {
  readonly hasWards: boolean;
  /** Ward labels in order; empty when the town has no wards. */
  readonly wards: readonly string[];
  /** Precinct labels per ward in order; key NO_WARD for towns without wards. */
  readonly precincts: ReadonlyMap<string, readonly string[]>;
  /** `${ward}|${precinct}` → palette index. */
  readonly pairIndex: ReadonlyMap<string, number>;
}

/** Stands for the ward of a town that has none (the source writes "-"). */
export const NO_WARD = '-';

/** Expands a split town's spec into its wards and precincts. */
export function decodePrecincts(spec: string): PrecinctTable {
  const numeric = spec[0] === 'n';
  const style = spec[1]!;
  const hasWards = style !== '-';
  const wards: string[] = [];
  const precincts = new Map<string, string[]>();
  const pairIndex = new Map<string, number>();
  spec
    .slice(2)
    .split(';')
    .forEach((stream, wi) => {
      const ward = hasWards ? wardLabel(style, wi) : NO_WARD;
      if (hasWards) wards.push(ward);
      const labels: string[] = [];
      let main = 0;
      let sub = 0;
      let isSub = false;
      for (const ch of stream) {
        if (ch === '-') {
          main++;
          sub = 0;
        } else if (ch === '+') {
          isSub = true;
        } else {
          if (isSub) sub++;
          else {
            main++;
            sub = 0;
          }
          const mainLabel = numeric ? String(main) : String.fromCharCode(64 + main);
          const label = !isSub ? mainLabel : numeric ? mainLabel + String.fromCharCode(64 + sub) : mainLabel + sub;
          isSub = false;
          labels.push(label);
          pairIndex.set(`${ward}|${label}`, DIGITS.indexOf(ch));
        }
      }
      precincts.set(ward, labels);
    });
  return { hasWards, wards, precincts, pairIndex };
}
