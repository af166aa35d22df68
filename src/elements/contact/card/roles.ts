/**
 * The words a card uses for who someone is beyond "State Representative": their office
 * (leadership, governor) or the committee they chair, and what an ask's co-sponsors are thanked
 * for. Committee names are proper names and stay in English, isolated in the reader's text, with
 * a translated gloss of what kind of committee it is.
 */
import { msg, str } from '@lit/localize';
import type { Ask } from '../../../content/scripts.js';
import type { CommitteeChamber, Office } from '../../../lookup/offices.js';
import { bidi } from '../texts.js';

/** `name` writes the committee's name into the sentence: isolated by default (see officeLine in legislator-card.ts). */
export function officeTitle(office: Office, name: (committee: string) => string = bidi): string {
  switch (office.kind) {
    case 'speaker':
      return msg('Speaker of the House');
    case 'senate-president':
      return msg('President of the Senate');
    case 'governor':
      return msg('Governor of Massachusetts');
    case 'committee':
      return msg(str`Chair of the ${name(office.committee.name)}`);
  }
}

/** What kind of committee it is, in the reader's language: the committee's own name stays English. */
export function committeeGloss(chamber: CommitteeChamber): string {
  return chamber === 'joint' ? msg('a joint committee of the House and Senate') : chamber === 'house' ? msg('a House committee') : msg('a Senate committee');
}

/** The line on a co-sponsor's card: thank them, and what to ask next for this ask. */
export function thankLine(ask: Ask): string {
  switch (ask) {
    case 'budget-amendment':
      return msg('Already a co-sponsor of the amendment: thank them and ask them to keep it in the budget.');
    case 'report-out':
      return msg('Already a co-sponsor: thank them and ask them to press the committee.');
    default:
      return msg('Already a co-sponsor: thank them and ask for a vote.');
  }
}

export const alsoContactHeading = () => msg('Also contact');
export const alsoContactIntro = () => msg('They decide whether the Safe Communities Act comes to a vote and becomes law.');
export const extrasEnded = () =>
  msg('Committee chairs, leaders and the governor can change with a new session, so they are not shown until this list is updated.');
export const webFormNote = () => msg('This office takes email through a web form: copy the email text, then paste it there.');
export const webFormLink = () => msg('Open the web form');
