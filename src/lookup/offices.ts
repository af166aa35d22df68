/**
 * The people beyond a reader's own legislators whom a partner can add (`also-contact`): the
 * Speaker, the Senate President, committee chairs and the governor. Decoded from the OFFICES
 * table that scripts/import-data.mjs writes from the Open States committee and executive files.
 */
import { allDistricts } from './districts.js';
import type { District } from './decode.js';
import { PARTY_LETTERS } from './encoding.js';
import { bostonDate, hasEnded, type GeneralCourt } from './session.js';
import { officeTables } from './tables.js';

export type CommitteeChamber = 'joint' | 'house' | 'senate';

export interface Committee {
  /** Its malegislature.gov codes (the last part of its links), e.g. ["J22"]; some committees have two. */
  readonly codes: readonly string[];
  readonly chamber: CommitteeChamber;
  /** Its full English name, e.g. "Joint Committee on Public Safety and Homeland Security". */
  readonly name: string;
  /** Member codes of its chair or chairs (a joint committee has one per chamber). */
  readonly chairs: readonly string[];
}

export type Office =
  | { readonly kind: 'speaker' }
  | { readonly kind: 'senate-president' }
  | { readonly kind: 'governor' }
  | { readonly kind: 'committee'; readonly committee: Committee };

/** The governor, shaped like a legislator without a chamber or district. */
export interface Governor {
  readonly code: '';
  readonly name: string;
  readonly chamber: null;
  readonly district: '';
  readonly party: string;
  readonly phone: string | null;
  readonly email: string;
  /** The office's web form, where it takes no email. */
  readonly webform: string;
  readonly profileUrl: string;
  /** The day the term began (a governor-elect is not shown before it). */
  readonly termStarts: string;
  /** The day the term ends: the Thursday after the Legislature convenes ("2027-01-07"). */
  readonly termEnds: string;
}

export type ExtraKind = 'committee' | 'leadership' | 'governor' | 'member';

/** One card beyond the reader's own legislators. */
export interface Extra {
  readonly kind: ExtraKind;
  /** The legislator, with their seat; null for the governor. */
  readonly district: District | null;
  readonly governor: Governor | null;
  /** Why they are listed: the offices the partner's tokens named (empty for `member:`). */
  readonly offices: readonly Office[];
}

export interface AlsoContact {
  readonly extras: readonly Extra[];
  /** Tokens that name no one in this data, as written: one console warning names them. */
  readonly unknown: readonly string[];
  /** Tokens dropped because the term of whoever they named has ended (a new session, a new governor). */
  readonly ended: boolean;
}

const CHAMBERS: Record<string, CommitteeChamber> = { j: 'joint', h: 'house', s: 'senate' };

interface DecodedOffices {
  readonly leadership: ReadonlyMap<string, string>;
  readonly committees: readonly Committee[];
  readonly governor: Governor | null;
}
let decoded: DecodedOffices | undefined;

function offices(): DecodedOffices {
  if (decoded) return decoded;
  const { LEADERSHIP, COMMITTEES, GOVERNOR } = officeTables();
  const leadership = new Map(LEADERSHIP.split('|').filter(Boolean).map((entry) => entry.split('=') as [string, string]));
  const committees = COMMITTEES.split('\n').filter(Boolean).map((line): Committee => {
    const [codes = '', chamber = '', name = '', chairs = ''] = line.split('|');
    return { codes: codes.split(','), chamber: CHAMBERS[chamber] ?? 'joint', name, chairs: chairs.split(',').filter(Boolean) };
  });
  const [name = '', party = '', phone = '', email = '', webform = '', termStarts = '', termEnds = ''] = GOVERNOR.split('|');
  const governor: Governor | null = name
    ? { code: '', name, chamber: null, district: '', party: PARTY_LETTERS[party] ?? party, phone: phone || null, email, webform, profileUrl: webform, termStarts, termEnds }
    : null;
  decoded = { leadership, committees, governor };
  return decoded;
}

/** The committee with this code (any of its codes, any case), or null. */
export function findCommittee(code: string): Committee | null {
  const wanted = code.trim().toUpperCase();
  return offices().committees.find((committee) => committee.codes.includes(wanted)) ?? null;
}

export function allCommittees(): readonly Committee[] {
  return offices().committees;
}

export function currentGovernor(): Governor | null {
  return offices().governor;
}

/** `also-contact` as written: comma-separated tokens (member codes can hold a space), or an array of them. */
export function parseAlsoContact(value: unknown): string[] {
  // Bounded before any work: no token is longer than MAX_TOKEN_LENGTH, and no list longer than MAX_TOKENS.
  const list = typeof value === 'string' ? value.split(',', MAX_TOKENS * 4) : Array.isArray(value) ? value.slice(0, MAX_TOKENS * 4) : [];
  const tokens = new Map<string, string>();
  for (const token of list) {
    if (typeof token !== 'string') continue;
    // "Committee : j22" is "committee:J22": the same person is not named twice.
    const written = token.trim().slice(0, MAX_TOKEN_LENGTH).replace(/\s*:\s*/, ':');
    if (written && !tokens.has(written.toLowerCase())) tokens.set(written.toLowerCase(), written);
  }
  return [...tokens.values()].slice(0, MAX_TOKENS);
}
/** The longest token that can name anyone ("committee:" and a code) is far shorter. */
const MAX_TOKEN_LENGTH = 40;
/** More than this is a mistake, not a campaign: no reader calls forty offices. */
export const MAX_TOKENS = 12;

const LEADERSHIP_TOKENS = ['speaker', 'senate-president'] as const;
/** Which card wins when one person is named twice: their highest office. */
const RANK: Record<ExtraKind, number> = { leadership: 0, governor: 0, committee: 1, member: 2 };
const OFFICE_RANK: Record<Office['kind'], number> = { speaker: 0, 'senate-president': 0, governor: 0, committee: 1 };
const sameOffice = (a: Office, b: Office) => a.kind === b.kind && (a.kind !== 'committee' || (b.kind === 'committee' && a.committee === b.committee));

/**
 * The people the tokens name, in the partner's order, each once: a Speaker also named by
 * `member:` gets one card, as Speaker. Nobody whose term has ended is listed: legislators' roles
 * end with their General Court, the governor's term on its own day.
 */
export function resolveAlsoContact(tokens: readonly string[], court: GeneralCourt, now: number): AlsoContact {
  if (!tokens.length) return { extras: [], unknown: [], ended: false };
  const byCode = new Map<string, District>();
  for (const district of allDistricts()) if (district.member?.code) byCode.set(district.member.code.toUpperCase(), district);
  const { leadership, governor } = offices();
  const unknown: string[] = [];
  const people = new Map<string, { kind: ExtraKind; district: District | null; governor: Governor | null; offices: Office[] }>();
  const add = (key: string, kind: ExtraKind, district: District | null, office: Office | null, person: Governor | null = null) => {
    const entry = people.get(key);
    if (!entry) people.set(key, { kind, district, governor: person, offices: office ? [office] : [] });
    else {
      if (RANK[kind] < RANK[entry.kind]) entry.kind = kind;
      // One committee named by two of its codes is one office.
      if (office && !entry.offices.some((held) => sameOffice(held, office))) entry.offices.push(office);
      // The highest office first: the card's role line and its script follow it.
      entry.offices.sort((a, b) => OFFICE_RANK[a.kind] - OFFICE_RANK[b.kind]);
    }
  };
  let ended = false;
  const courtEnded = hasEnded(court, now);
  for (const token of tokens) {
    const lower = token.toLowerCase();
    const [prefix, ...rest] = token.split(':');
    const code = rest.join(':').trim().toUpperCase();
    if ((LEADERSHIP_TOKENS as readonly string[]).includes(lower)) {
      const district = byCode.get(leadership.get(lower)?.toUpperCase() ?? '');
      if (!district) unknown.push(token);
      else if (courtEnded) ended = true;
      else add(district.member!.code.toUpperCase(), 'leadership', district, { kind: lower as 'speaker' | 'senate-president' });
    } else if (lower === 'governor') {
      if (!governor) unknown.push(token);
      else if (bostonDate(now) >= governor.termEnds || bostonDate(now) < governor.termStarts) ended = true;
      else add('governor', 'governor', null, { kind: 'governor' }, governor);
    } else if (prefix?.trim().toLowerCase() === 'committee' && code) {
      const committee = findCommittee(code);
      const chairs = committee?.chairs.map((chair) => byCode.get(chair.toUpperCase())).filter((district): district is District => Boolean(district)) ?? [];
      if (!committee || !chairs.length) unknown.push(token);
      else if (courtEnded) ended = true;
      else for (const district of chairs) add(district.member!.code.toUpperCase(), 'committee', district, { kind: 'committee', committee });
    } else if (prefix?.trim().toLowerCase() === 'member' && code) {
      const district = byCode.get(code);
      if (!district) unknown.push(token);
      else if (courtEnded) ended = true;
      else add(code, 'member', district, null);
    } else unknown.push(token);
  }
  return { extras: [...people.values()], unknown, ended };
}
