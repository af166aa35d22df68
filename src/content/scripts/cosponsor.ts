/**
 * The `cosponsor` ask's scripts (the default, and 0.1's only scripts): co-sponsor and vote for the
 * bill. Placeholders in ../scripts.ts. A file of its own: each ask is its own catalog part.
 */
import { msg } from '@lit/localize';
import type { AskTexts } from '../scripts.js';

export const cosponsor = (): AskTexts => ({
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
});
