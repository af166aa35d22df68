/**
 * Bill numbers and co-sponsor lists belong to one General Court: when it ends, bills are filed
 * again with new numbers. This decides whether a partner's numbers and co-sponsors still apply,
 * and says why not in words for the partner's console. Pure: the clock is passed in.
 */
import { generalCourt, hasEnded, parseCourtNumber, sessionYears, type GeneralCourt } from '../lookup/session.js';
import { ordinalNumeral } from '../lookup/normalize.js';
import { shown } from '../content/partner-text.js';

export interface BillSettings {
  billHouse: string;
  billSenate: string;
  /** Budget-amendment numbers ("1031"); they belong to the session as bill numbers do. */
  amendmentHouse?: string;
  amendmentSenate?: string;
  cosponsors: readonly string[];
  /** The General Court the numbers belong to, as the partner wrote it ("194"); empty = not said. */
  billSession: unknown;
}

export interface CurrentBills {
  /** The numbers and co-sponsors to use: the partner's, or none when they belong to another session. */
  billHouse: string;
  billSenate: string;
  amendmentHouse: string;
  amendmentSenate: string;
  cosponsors: readonly string[];
  /** For the partner, in one console warning; empty when all is well. */
  problems: string[];
}

const courtName = (court: GeneralCourt) => `${ordinalNumeral(court.number)} General Court (${sessionYears(court)})`;

/**
 * @param data the General Court of the widget's legislator data
 * @param knownCodes member codes of the legislators in the data, upper case; null while the
 *   district tables are still to load (the bundles fetch them with the dialog), so not checked yet
 * @param now the reader's clock (ms since the epoch)
 */
export function currentBills(settings: BillSettings, data: GeneralCourt, knownCodes: ReadonlySet<string> | null, now: number): CurrentBills {
  const { billHouse, billSenate, cosponsors, billSession, amendmentHouse = '', amendmentSenate = '' } = settings;
  const problems: string[] = [];
  const given = Boolean(billHouse.trim() || billSenate.trim() || amendmentHouse.trim() || amendmentSenate.trim() || cosponsors.length);
  const kept = { billHouse, billSenate, amendmentHouse, amendmentSenate, cosponsors, problems };
  if (!given) return kept;
  const none = { billHouse: '', billSenate: '', amendmentHouse: '', amendmentSenate: '', cosponsors: [], problems };
  const dropped = 'so the scripts leave the bill and amendment numbers out and thank no one.';

  const unset = billSession === undefined || billSession === null || (typeof billSession === 'string' && billSession.trim() === '');
  const number = unset ? data.number : parseCourtNumber(billSession);
  if (number === null) {
    problems.push(`bill-session ${shown(billSession)} is not a General Court number like ${data.number}, ${dropped}`);
    return none;
  }
  const court = generalCourt(number);
  if (unset) problems.push(`bill-session is not set: taken to be ${data.number}, the ${courtName(data)} of this data. Set bill-session="${data.number}".`);
  if (hasEnded(court, now)) {
    problems.push(`the ${courtName(court)} ended on ${court.ends}, ${dropped} Set the new session's numbers, co-sponsors and bill-session.`);
    return none;
  }
  if (number !== data.number) {
    problems.push(`bill-session ${number} is not the session of this data (${courtName(data)}), ${dropped}`);
    return none;
  }
  for (const code of knownCodes ? cosponsors : []) {
    if (!knownCodes!.has(code.trim().toUpperCase())) problems.push(`co-sponsor "${code}" is not the member code of a sitting legislator in this data.`);
  }
  return kept;
}
