/**
 * The `budget-amendment` ask's scripts: co-sponsor and vote for the amendment that adds the three
 * protections to the state budget (`{amendment}`, with its number when the partner set one).
 * Placeholders in ../scripts.ts.
 * A file of its own: each ask is its own catalog part, fetched only where a partner chose it.
 */
import { msg } from '@lit/localize';
import type { AskTexts } from '../scripts.js';

export const budgetAmendment = (): AskTexts => ({
  ask: {
    call: msg(
      'Hello, my name is [your name], and I live in {town}. I am calling to ask {title} {lastName} to co-sponsor and vote for {amendment}. It adds the protections of {bill} to the state budget: local police stay out of immigration enforcement, there are no 287(g) deals with ICE, and people in custody learn their rights. The budget has to pass every year, so these protections can pass this year. Can I count on {title} {lastName} to support it? Thank you.',
    ),
    voicemail: msg(
      'Hi, this is [your name] from {town}. Please ask {title} {lastName} to co-sponsor and vote for {amendment}, which adds {bill} to the state budget. Thank you.',
    ),
    emailSubject: msg('Please co-sponsor {amendment}'),
    emailBody: msg(
      'Dear {title} {lastName},\n\nI live in {town}, in the {district} district. I am writing to ask you to co-sponsor and vote for {amendment}, which adds the protections of {bill} to the state budget.\n\nIt does three things. Police would not ask about immigration status unless a law requires it, so people can report crimes without fear. The state and its cities and towns would not sign 287(g) deals that turn local officers into ICE agents. And when ICE wants to interview someone in police custody, that person would be told they can say no and can have a lawyer there.\n\nAll three follow federal law, and the state’s police chiefs’ associations support them.\n\nThe budget has to pass every year, so these protections can become law this year instead of waiting in committee. Please stand with immigrant families in our community.\n\nThank you,\n[your name]\n{town}',
    ),
  },
  thank: {
    call: msg(
      'Hello, my name is [your name], and I live in {town}. I am calling to thank {title} {lastName} for co-sponsoring {amendment}. Please vote for it and work to keep it in the final budget. Thank you.',
    ),
    voicemail: msg(
      'Hi, this is [your name] from {town}. Thank you, {title} {lastName}, for co-sponsoring {amendment}. Please work to keep it in the final budget.',
    ),
    emailSubject: msg('Thank you for co-sponsoring {amendment}'),
    emailBody: msg(
      'Dear {title} {lastName},\n\nI live in {town}, in the {district} district. Thank you for co-sponsoring {amendment}, which adds the protections of {bill} to the state budget.\n\nImmigrant families in our community need these protections now. Please vote for the amendment and work to keep it in the final budget that goes to the governor.\n\nThank you,\n[your name]\n{town}',
    ),
  },
});
