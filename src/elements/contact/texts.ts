/**
 * Words and small pieces shared by the contact flow's steps and cards, computed at render time so
 * they follow a change of language.
 */
import { html, nothing } from 'lit';
import { msg, str } from '@lit/localize';
import { FIND_MY_LEGISLATOR_URL, GENERAL_COURT, sessionYears } from '../../lookup/index.js';
import { formatDate } from '../../i18n/format.js';
import type { Locale } from '../../i18n/language.js';
import type { PrecinctProblem } from './flow.js';
import type { LookupProblem } from './controllers/address-lookup.js';

export const WHERE_DO_I_VOTE_URL = 'https://www.sec.state.ma.us/WhereDoIVoteMA/bal/MyElectionInfo.aspx';

/**
 * Unicode isolation (FSI … PDI) of an inserted name or the reader's own words, in every
 * language: English names keep their order in Arabic sentences, and a right-to-left or
 * override character in what the reader typed cannot reverse the rest of an English sentence.
 */
export const bidi = (text: string): string => `\u2068${text}\u2069`;

/**
 * "2025–2026", isolated left to right (LRI … PDI) in every language: two numbers joined by a dash
 * would otherwise read "2026–2025" in a right-to-left sentence.
 */
export const sessionLabel = (): string => `\u2066${sessionYears(GENERAL_COURT)}\u2069`;

/** Party names in the reader's language; one the data may add later shows as written. */
export function partyName(party: string): string {
  switch (party) {
    case 'Democratic':
      return msg('Democratic');
    case 'Republican':
      return msg('Republican');
    case 'Independent':
      return msg('Independent');
    case 'Unenrolled':
      return msg('Unenrolled');
    default:
      return party;
  }
}

/** What is missing on the ward and precinct step. */
export function precinctProblemText(problem: PrecinctProblem): string {
  switch (problem) {
    case 'choose-ward':
      return msg('Choose your ward.');
    case 'choose-precinct':
      return msg('Choose your precinct.');
    case 'no-match':
      return msg('That ward and precinct do not match. Choose again.');
  }
}

/** Why the address lookup gave no districts. */
export function addressProblemText(problem: LookupProblem | null): string {
  switch (problem) {
    case 'empty':
      return msg('Type your street address, for example 12 Main Street.');
    case 'timeout':
      return msg('The address lookup did not answer in time.');
    case 'invalid':
      return msg('The address lookup sent back an answer we could not use.');
    default:
      return msg('The address lookup is not working right now.');
  }
}

/**
 * Where a link sits in a translated sentence: messages are plain text (their catalogs are fetched
 * data, never markup), so a sentence with a link carries these two marks around the link's words
 * and the link itself is drawn here, in the template. Private-use characters: no text has them.
 */
export const LINK_START = '\uE000';
export const LINK_END = '\uE001';

/** A sentence with one link: the text between the marks becomes the link, the rest stays text. */
export function linked(sentence: string, href: string) {
  const start = sentence.indexOf(LINK_START);
  const end = sentence.indexOf(LINK_END, start + 1);
  if (start < 0 || end < 0) return html`${sentence.replace(/[\uE000\uE001]/g, '')}`;
  return html`${sentence.slice(0, start)}<a href=${href} target="_blank" rel="noopener noreferrer"
      >${sentence.slice(start + 1, end)}</a
    >${sentence.slice(end + 1)}`;
}

/** The way forward when the widget cannot help: the official page. */
export function officialLink() {
  return html`<span class="official"
    >${linked(msg(str`You can also use the official ${LINK_START}Find My Legislator page${LINK_END}.`), FIND_MY_LEGISLATOR_URL)}</span
  >`;
}

/**
 * Above every list of legislators once their General Court has ended (the reader's clock, Boston
 * time): most members are re-elected, so the list stays, but the official page comes first.
 */
/** Said after the names when the data's General Court has ended: the notice's second sentence, also for screen readers. */
export const staleSentence = () => msg(str`This list is from the ${sessionLabel()} session and may be out of date.`);

export function staleNotice(stale: boolean, locale: Locale) {
  if (!stale) return nothing;
  return html`<div class="stale" role="note">
    <p>
      <strong>${msg(str`A new Legislature took office on ${formatDate(locale, GENERAL_COURT.ends)}.`)}</strong>
      ${staleSentence()}
    </p>
    <p>
      <a class="button" href=${FIND_MY_LEGISLATOR_URL} target="_blank" rel="noopener noreferrer"
        >${msg('Check who represents you now on the official Find My Legislator page')}</a
      >
    </p>
  </div>`;
}
