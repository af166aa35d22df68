/**
 * The `floor-vote` ask's scripts: the legislator is asked to use their power and press leadership
 * for a vote now. Placeholders in ../scripts.ts.
 * A file of its own: each ask is its own catalog part, fetched only where a partner chose it.
 */
import { msg } from '@lit/localize';
import type { AskTexts } from '../scripts.js';

export const floorVote = (): AskTexts => ({
  ask: {
    call: msg(
      'Hello, my name is [your name], and I live in {town}. I am calling to ask {title} {lastName} to press leadership to bring {bill} to a vote now, and to vote yes. Leadership answers to the members, and it listens when they speak up. It keeps local police out of immigration enforcement, ends 287(g) deals with ICE, and makes sure people in custody know their rights. Will {title} {lastName} ask leadership for a vote? Thank you.',
    ),
    voicemail: msg(
      'Hi, this is [your name] from {town}. Please ask {title} {lastName} to press leadership for a vote on {bill} now, and to vote yes. Thank you.',
    ),
    emailSubject: msg('Please press for a vote on {bill} now'),
    emailBody: msg(
      'Dear {title} {lastName},\n\nI live in {town}, in the {district} district. I am writing to ask you to use your power as a legislator: press leadership to bring {bill} to a vote now, and vote yes.\n\nLeadership answers to the members, and it listens when members speak up together. These protections can also pass through the state budget, as amendments, because the budget has to pass every year.\n\nIt does three things. Police would not ask about immigration status unless a law requires it, so people can report crimes without fear. The state and its cities and towns would not sign 287(g) deals that turn local officers into ICE agents. And when ICE wants to interview someone in police custody, that person would be told they can say no and can have a lawyer there.\n\nAll three follow federal law, and the state’s police chiefs’ associations support them.\n\nThank you,\n[your name]\n{town}',
    ),
  },
  thank: {
    call: msg(
      'Hello, my name is [your name], and I live in {town}. I am calling to thank {title} {lastName} for co-sponsoring {bill}. Please press leadership to bring it to a vote now. Thank you.',
    ),
    voicemail: msg(
      'Hi, this is [your name] from {town}. Thank you, {title} {lastName}, for co-sponsoring {bill}. Please press leadership for a vote now.',
    ),
    emailSubject: msg('Thank you for co-sponsoring {bill}'),
    emailBody: msg(
      'Dear {title} {lastName},\n\nI live in {town}, in the {district} district. Thank you for co-sponsoring {bill}.\n\nLeadership answers to the members. Please press leadership to bring it to a vote now, and keep its protections in the budget if they come up as an amendment.\n\nThank you,\n[your name]\n{town}',
    ),
  },
});
