/**
 * The call scripts and email: in English, what the reader says to a Massachusetts legislative
 * office; translated, what it means. A legislator who already co-sponsors gets thanks and a push for a vote
 * instead of a request to sign on.
 *
 * Placeholders (filled by src/contact/messages.ts):
 * - `{title}`: "Representative" or "Senator"
 * - `{name}`: the legislator's full name
 * - `{lastName}`: the legislator's last name
 * - `{district}`: the district, e.g. "7th Plymouth"
 * - `{town}`: the reader's city or town (it stays in the browser)
 * - `{bill}`: "the Safe Communities Act", with the bill or amendment number when the partner set one
 * - `{organization}`: the partner organization's name, when set (else empty)
 * `[your name]` is left for the reader to say or type.
 */
import { msg } from '@lit/localize';

export interface MessageTemplates {
  call: string;
  voicemail: string;
  emailSubject: string;
  emailBody: string;
}

export type Stance = 'ask' | 'thank';

/** Everything language-specific that a message is built from. */
export interface MessageLanguage {
  templates: Record<Stance, MessageTemplates>;
  titles: { house: string; senate: string };
  billName: string;
}

/**
 * The messages in the current language: shown beside the English call script so the reader
 * knows what they are saying, and offered as the email's language.
 */
export function readerLanguage(): MessageLanguage {
  return {
    templates: {
      ask: {
        call: msg(
          'Hello, my name is [your name], and I live in {town}. I am calling to ask {title} {lastName} to co-sponsor and vote for {bill}. It keeps local police out of immigration enforcement, ends 287(g) deals with ICE, and makes sure people in custody know their rights. Can I count on {title} {lastName} to support it? Thank you.',
        ),
        voicemail: msg(
          'Hi, this is [your name] from {town}. Please ask {title} {lastName} to co-sponsor and vote for {bill}. Thank you.',
        ),
        emailSubject: msg('Please support {bill}'),
        emailBody: msg(
          'Dear {title} {lastName},\n\nI live in {town}, in the {district} district. I am writing to ask you to co-sponsor and vote for {bill}.\n\nIt does three things. Police would not ask about immigration status unless a law requires it, so people can report crimes without fear. The state and its cities and towns would not sign 287(g) deals that turn local officers into ICE agents. And when ICE wants to interview someone in police custody, that person would be told they can say no and can have a lawyer there.\n\nAll three follow federal law, and the state’s police chiefs’ associations support them. Please stand with immigrant families in our community.\n\nThank you,\n[your name]\n{town}',
        ),
      },
      thank: {
        call: msg(
          'Hello, my name is [your name], and I live in {town}. I am calling to thank {title} {lastName} for co-sponsoring {bill}. Please keep pushing for a vote on it this session. Thank you.',
        ),
        voicemail: msg(
          'Hi, this is [your name] from {town}. Thank you, {title} {lastName}, for co-sponsoring {bill}. Please push for a vote this session.',
        ),
        emailSubject: msg('Thank you for co-sponsoring {bill}'),
        emailBody: msg(
          'Dear {title} {lastName},\n\nI live in {town}, in the {district} district. Thank you for co-sponsoring {bill}.\n\nImmigrant families in our community need these protections now. Please ask leadership to bring it to a vote this session, and keep it in the budget if it comes up as an amendment.\n\nThank you,\n[your name]\n{town}',
        ),
      },
    },
    titles: { house: msg('Representative'), senate: msg('Senator') },
    billName: msg('the Safe Communities Act'),
  };
}

/**
 * What the reader says to a Massachusetts office: English, whatever the interface language.
 * Taken from the same messages, read while this module loads: every copy of @lit/localize
 * starts in its source language (English), and a switch only lands later, asynchronously.
 */
export const ENGLISH: MessageLanguage = readerLanguage();
export const DEFAULT_TEMPLATES = ENGLISH.templates;
export const BILL_NAME = ENGLISH.billName;
