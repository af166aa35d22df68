/**
 * The call scripts and emails: in English, what the reader says to a Massachusetts office;
 * translated, what it means. There is one set per ask (scripts/<ask>.ts, chosen by the partner's
 * `ask`), each with a `thank` variant for a legislator who already co-sponsors, and one set per
 * kind of extra target (scripts/targets.ts: a committee chair, leadership, the governor, another
 * member), whatever the ask.
 *
 * Placeholders (filled by src/contact/messages.ts):
 * - `{title}`: "Representative", "Senator", "Speaker", "President" or "Governor"
 * - `{name}`: the person's full name; `{lastName}`: their last name
 * - `{district}`: the district, e.g. "7th Plymouth" (empty for the governor)
 * - `{town}`: the reader's city or town (it stays in the browser)
 * - `{bill}`: "the Safe Communities Act", with the bill number when the partner set one
 * - `{amendment}`: "the Safe Communities Act budget amendment", with "(Amendment #1031)" when set
 * - `{committee}`: the committee a chair chairs, by its English name (empty for others)
 * - `{organization}`: the partner organization's name, when set (else empty)
 * `[your name]` is left for the reader to say or type.
 */
import { msg } from '@lit/localize';
import { cosponsor } from './scripts/cosponsor.js';
import { budgetAmendment } from './scripts/budget-amendment.js';
import { reportOut } from './scripts/report-out.js';
import { floorVote } from './scripts/floor-vote.js';
import { memberThankEmail, targetTexts } from './scripts/targets.js';
import { inEnglish, SCRIPTS_INLINE } from './script-text.js';
import type { ScriptPart } from '../i18n/catalog-index.js';

export interface MessageTemplates {
  call: string;
  voicemail: string;
  emailSubject: string;
  emailBody: string;
}

export type Stance = 'ask' | 'thank';
export type AskTexts = Record<Stance, MessageTemplates>;

import { ASKS, DEFAULT_ASK, type Ask } from './asks.js';
export { ASKS, DEFAULT_ASK, type Ask } from './asks.js';

/** Who a card is for: the reader's own legislator, or an extra target of `also-contact`. */
export type TargetKind = 'own' | 'committee' | 'leadership' | 'governor' | 'member';

const ASK_TEXTS: Record<Ask, () => AskTexts> = {
  cosponsor,
  'budget-amendment': budgetAmendment,
  'report-out': reportOut,
  'floor-vote': floorVote,
};

/** Everything language-specific that a message is built from, for one ask. */
export interface MessageLanguage {
  /** The current ask's scripts. */
  templates: AskTexts;
  /** One set per kind of extra target, whatever the ask. */
  targets: Record<Exclude<TargetKind, 'own'>, MessageTemplates>;
  /** The email to another member who already co-sponsors: the bill's, or the amendment's. */
  memberThanks: Record<'bill' | 'amendment', string>;
  titles: { house: string; senate: string; speaker: string; president: string; governor: string };
  billName: string;
  amendmentName: string;
  /** "Amendment #{number}". */
  amendmentNumber: string;
  /** Set on English, the language said to the office, which partners' templates replace. */
  source?: true;
}

/** The catalog parts (scripts/*.ts) a dialog needs for this ask, and the targets' when there are extra cards. */
export function scriptParts(ask: Ask, extras: boolean): ScriptPart[] {
  const parts: ScriptPart[] = [`ask-${ASK_TEXTS[ask] ? ask : DEFAULT_ASK}`];
  if (extras) parts.push('targets');
  return parts;
}

const common = () => ({
  titles: {
    house: msg('Representative'),
    senate: msg('Senator'),
    speaker: msg('Speaker'),
    president: msg('President'),
    governor: msg('Governor'),
  },
  billName: msg('the Safe Communities Act'),
  amendmentName: msg('the Safe Communities Act budget amendment'),
  amendmentNumber: msg('Amendment #{number}'),
});

/**
 * The messages in the current language: shown beside the English call script so the reader
 * knows what they are saying, and offered as the email's language. Read only once the ask's part
 * is in (dialogNeeds), and the targets' where there are extra cards.
 */
export function readerLanguage(ask: Ask = DEFAULT_ASK): MessageLanguage {
  return { templates: (ASK_TEXTS[ask] ?? cosponsor)(), targets: targetTexts(), memberThanks: memberThankEmail(), ...common() };
}

/**
 * What the reader says to a Massachusetts office: English, whatever the interface language. The
 * words around the scripts are read while this module loads, when every copy of @lit/localize is
 * still in its source language (English) and a switch can only land later; so are the scripts
 * where their English is in the code (script-text.ts), while the bundles read the fetched English.
 */
const ENGLISH_INLINE = SCRIPTS_INLINE
  ? { common: common(), asks: new Map(ASKS.map((ask) => [ask, ASK_TEXTS[ask]()])), targets: targetTexts(), memberThanks: memberThankEmail() }
  : null;
export function english(ask: Ask = DEFAULT_ASK): MessageLanguage {
  const known = ASK_TEXTS[ask] ? ask : DEFAULT_ASK;
  return {
    templates: ENGLISH_INLINE?.asks.get(known) ?? inEnglish(ASK_TEXTS[known]),
    targets: ENGLISH_INLINE?.targets ?? inEnglish(targetTexts),
    memberThanks: ENGLISH_INLINE?.memberThanks ?? inEnglish(memberThankEmail),
    ...(ENGLISH_INLINE?.common ?? inEnglish(common)),
    source: true,
  };
}
