/**
 * The contact flow as data: town typed → candidates → districts → legislators. One union type
 * for the step, each carrying exactly what it needs, and transitions as plain functions that
 * return the next step, so no step can hold another step's leftovers. Pure: no DOM, no Lit.
 */
import {
  NO_WARD,
  resolvePrecinct,
  resolveTown,
  resolveWard,
  type Chamber,
  type District,
  type DistrictPair,
  type SplitTown,
} from '../../lookup/index.js';
import type { TownQuery } from '../../contact/town-query.js';
import type { LookupMethod, Outcome } from './events.js';

/** The town the reader chose, and the neighborhood or village they typed, if any. */
export interface ChosenTown {
  readonly municipality: string;
  readonly via: string | null;
}

/** Why these legislators, as data; worded at render time (reason.ts), so a language switch applies. */
export type Reason =
  | { readonly kind: 'town'; readonly town: ChosenTown; readonly pair: DistrictPair }
  | { readonly kind: 'ward'; readonly municipality: string; readonly ward: string; readonly pair: DistrictPair }
  | { readonly kind: 'precinct'; readonly municipality: string; readonly ward: string | null; readonly precinct: string; readonly pair: DistrictPair }
  | { readonly kind: 'address'; readonly pair: DistrictPair }
  | {
      readonly kind: 'chosen';
      readonly municipality: string;
      /** The legislators the reader recognized in the list, one per chamber at most. */
      readonly picks: readonly District[];
      /** A chamber with a single district in the town: known without a pick. */
      readonly known: readonly District[];
    };

/** What the reader picked in the "I'm not sure" list, per chamber. */
export type Picks = Readonly<Partial<Record<Chamber, District>>>;

export type PrecinctProblem = 'choose-ward' | 'choose-precinct' | 'no-match';

/** What one legislator's card holds while the results are shown: it belongs to the card. */
export interface CardState {
  /** What the reader said they did. */
  readonly outcomes: ReadonlySet<Outcome>;
  /** "Email copied." and the like, shown by the card; a function so it follows the language. */
  readonly notice: (() => string) | null;
  /** Write the email in the reader's language instead of English. */
  readonly emailInReaderLanguage: boolean;
}

export const FRESH_CARD: CardState = { outcomes: new Set(), notice: null, emailInReaderLanguage: false };

export interface TownStep {
  readonly kind: 'town';
  readonly problem: Exclude<TownQuery, { kind: 'found' }> | null;
}

export interface PrecinctStep {
  readonly kind: 'precinct';
  readonly town: ChosenTown;
  readonly split: SplitTown;
  readonly ward: string;
  readonly precinct: string;
  readonly problem: PrecinctProblem | null;
  readonly unsure: boolean;
  readonly picks: Picks;
}

export interface ResultsStep {
  readonly kind: 'results';
  readonly method: LookupMethod;
  /** The town the scripts name; null only when it is not known. */
  readonly town: ChosenTown | null;
  /** The districts whose legislators are shown. */
  readonly districts: readonly District[];
  readonly reason: Reason;
  /** Per card key (cardKey: the district index, or -1 for the governor). */
  readonly cards: ReadonlyMap<number, CardState>;
  /** The "I'm not sure" list these legislators were picked from, to come back to; null after a lookup. */
  readonly list: PrecinctStep | null;
  /** Chambers asked for that the reader has not picked yet (after "I'm not sure"). */
  readonly missing: readonly Chamber[];
}

export interface OutsideStep {
  readonly kind: 'outside';
  /** "Thank you for sharing." and the like; a function so it follows the language. */
  readonly notice: (() => string) | null;
}

/** The district tables could not be loaded (blocked, changed or too slow): the official page instead. */
export interface UnavailableStep {
  readonly kind: 'unavailable';
}

export type Step = TownStep | PrecinctStep | ResultsStep | OutsideStep | UnavailableStep;

export const START: Step = { kind: 'town', problem: null };
export const UNAVAILABLE: Step = { kind: 'unavailable' };

export function startOver(): Step {
  return START;
}

export function leftMassachusetts(): Step {
  return { kind: 'outside', notice: null };
}

/** The chambers asked for; a vacant seat brings in the other chamber so the reader still has someone to contact. */
export function districtsToShow(pair: DistrictPair, chambers: readonly Chamber[]): District[] {
  const shown = chambers.map((chamber) => pair[chamber]);
  if (shown.length === 1 && !shown[0]!.member) shown.push(pair[shown[0]!.chamber === 'house' ? 'senate' : 'house']);
  return shown;
}

function results(method: LookupMethod, town: ChosenTown | null, districts: readonly District[], reason: Reason): ResultsStep {
  return { kind: 'results', method, town, districts, reason, cards: new Map(), list: null, missing: [] };
}

/** A town from the list or the typed text: its legislators, or its ward and precinct step. null: not a town. */
export function townChosen(town: ChosenTown, chambers: readonly Chamber[]): Step | null {
  const resolution = resolveTown(town.municipality);
  if (!resolution) return null;
  if (resolution.kind === 'single') {
    return results('town', town, districtsToShow(resolution, chambers), { kind: 'town', town, pair: resolution });
  }
  return { kind: 'precinct', town, split: resolution, ward: '', precinct: '', problem: null, unsure: false, picks: {} };
}


export function wardPicked(step: PrecinctStep, ward: string): PrecinctStep {
  return { ...step, ward, precinct: '', problem: null };
}

export function precinctPicked(step: PrecinctStep, precinct: string): PrecinctStep {
  return { ...step, precinct, problem: null };
}

export function unsureToggled(step: PrecinctStep): PrecinctStep {
  return { ...step, unsure: !step.unsure };
}

/** "Show my legislators": the results, or the same step saying what is missing. */
export function precinctSubmitted(step: PrecinctStep, chambers: readonly Chamber[]): Step {
  const { split, town } = step;
  const ward = split.hasWards ? step.ward : NO_WARD;
  if (split.hasWards && !ward) return { ...step, problem: 'choose-ward' };
  if (!step.precinct) {
    // A ward that lies in one House and one Senate district needs no precinct.
    const narrowed = split.hasWards ? resolveWard(split.municipality, ward) : null;
    if (narrowed && narrowed.house.length === 1 && narrowed.senate.length === 1) {
      const pair = { house: narrowed.house[0]!, senate: narrowed.senate[0]! };
      return results('precinct', town, districtsToShow(pair, chambers), { kind: 'ward', municipality: split.municipality, ward, pair });
    }
    return { ...step, problem: 'choose-precinct' };
  }
  const pair = resolvePrecinct(split.municipality, split.hasWards ? ward : null, step.precinct);
  if (!pair) return { ...step, problem: 'no-match' };
  const reason: Reason = { kind: 'precinct', municipality: split.municipality, ward: split.hasWards ? ward : null, precinct: step.precinct, pair };
  return results('precinct', town, districtsToShow(pair, chambers), reason);
}

/** The partner's address lookup answered with this pair. */
export function districtsFound(step: PrecinctStep, pair: DistrictPair, chambers: readonly Chamber[]): Step {
  return results('address', step.town, districtsToShow(pair, chambers), { kind: 'address', pair });
}

const CHAMBER_ORDER: readonly Chamber[] = ['house', 'senate'];

/**
 * "I'm not sure", then a name the reader recognized. The results show that legislator, any
 * earlier pick of the other chamber, and the other chamber's legislator when the town has only
 * one district of it; a chamber still open can be picked by coming back to the list.
 */
export function candidateChosen(step: PrecinctStep, district: District, chambers: readonly Chamber[]): Step {
  const picks: Picks = { ...step.picks, [district.chamber]: district };
  const list: PrecinctStep = { ...step, picks, unsure: true, problem: null };
  const chosen: District[] = [];
  const known: District[] = [];
  const missing: Chamber[] = [];
  for (const chamber of CHAMBER_ORDER) {
    const wanted = chambers.includes(chamber);
    const pick = picks[chamber];
    const only = step.split.candidates[chamber].length === 1 ? step.split.candidates[chamber][0]! : null;
    if (pick && (wanted || chamber === district.chamber)) chosen.push(pick);
    else if (wanted && only) known.push(only);
    else if (wanted) missing.push(chamber);
  }
  const districts = CHAMBER_ORDER.flatMap((chamber) => [...chosen, ...known].filter((shown) => shown.chamber === chamber));
  const reason: Reason = { kind: 'chosen', municipality: step.split.municipality, picks: chosen, known };
  return { ...results('list', step.town, districts, reason), list, missing };
}

/** Back from the results to the "I'm not sure" list they were picked from, picks kept. */
export function backToList(step: ResultsStep): Step {
  return step.list ?? START;
}

export function cardOf(step: ResultsStep, key: number): CardState {
  return step.cards.get(key) ?? FRESH_CARD;
}

/** One card changed; every other card, and the step, stay as they were. */
export function cardChanged(step: ResultsStep, key: number, change: Partial<CardState>): ResultsStep {
  return { ...step, cards: new Map(step.cards).set(key, { ...cardOf(step, key), ...change }) };
}

/** The districts named in the `sca-lookup` event: both for a lookup; for a pick, the chambers shown. */
export function lookupDistricts(step: ResultsStep): { house?: string; senate?: string } {
  const { reason } = step;
  if (reason.kind === 'chosen') return Object.fromEntries(step.districts.map((district) => [district.chamber, district.name]));
  return { house: reason.pair.house.name, senate: reason.pair.senate.name };
}
