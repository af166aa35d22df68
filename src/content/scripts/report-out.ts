/**
 * The `report-out` ask's scripts: the bill is in committee, and the reader's legislators are asked
 * to urge the chairs to report it out favorably. Placeholders in ../scripts.ts.
 * A file of its own: each ask is its own catalog part, fetched only where a partner chose it.
 */
import { msg } from '@lit/localize';
import type { AskTexts } from '../scripts.js';

export const reportOut = (): AskTexts => ({
  ask: {
    call: msg(
      'Hello, my name is [your name], and I live in {town}. I am calling to ask {title} {lastName} to urge the committee chairs to report {bill} out of committee favorably, so the full Legislature can vote on it. It keeps local police out of immigration enforcement, ends 287(g) deals with ICE, and makes sure people in custody know their rights. Can I count on {title} {lastName} to speak up for it? Thank you.',
    ),
    voicemail: msg(
      'Hi, this is [your name] from {town}. Please ask {title} {lastName} to urge the committee to report {bill} out favorably. Thank you.',
    ),
    emailSubject: msg('Please help move {bill} out of committee'),
    emailBody: msg(
      'Dear {title} {lastName},\n\nI live in {town}, in the {district} district. I am writing about {bill}, which is waiting in committee. Please urge the committee chairs to report it out favorably, so that the full Legislature can vote on it.\n\nIt does three things. Police would not ask about immigration status unless a law requires it, so people can report crimes without fear. The state and its cities and towns would not sign 287(g) deals that turn local officers into ICE agents. And when ICE wants to interview someone in police custody, that person would be told they can say no and can have a lawyer there.\n\nAll three follow federal law, and the state’s police chiefs’ associations support them. Please stand with immigrant families in our community.\n\nThank you,\n[your name]\n{town}',
    ),
  },
  thank: {
    call: msg(
      'Hello, my name is [your name], and I live in {town}. I am calling to thank {title} {lastName} for co-sponsoring {bill}. It is still waiting in committee: please urge the chairs to report it out favorably this session. Thank you.',
    ),
    voicemail: msg(
      'Hi, this is [your name] from {town}. Thank you, {title} {lastName}, for co-sponsoring {bill}. Please urge the committee to report it out favorably.',
    ),
    emailSubject: msg('Thank you for co-sponsoring {bill}'),
    emailBody: msg(
      'Dear {title} {lastName},\n\nI live in {town}, in the {district} district. Thank you for co-sponsoring {bill}.\n\nIt is still waiting in committee. Please urge the committee chairs to report it out favorably this session, so that the full Legislature can vote on it.\n\nThank you,\n[your name]\n{town}',
    ),
  },
});
