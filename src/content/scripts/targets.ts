/**
 * The scripts for people beyond the reader's own legislators (`also-contact`): one set per kind
 * of target, whatever the ask, so that few texts need translating. A committee chair is asked to
 * report the bill favorably (or keep its protections in the budget), leadership to bring it to a
 * vote, the governor to support and sign it, another member to co-sponsor it and press for a vote.
 * A member who already co-sponsors is thanked instead, with the ask's own thank-you call and
 * voicemail and an email of their own here (the ask's claims the reader lives in the district).
 * Placeholders in ../scripts.ts; `{committee}` is the committee's English name.
 */
import { msg } from '@lit/localize';
import type { MessageTemplates, TargetKind } from '../scripts.js';

export const targetTexts = (): Record<Exclude<TargetKind, 'own'>, MessageTemplates> => ({
  committee: {
    call: msg(
      'Hello, my name is [your name], and I live in {town}. I am calling to ask {title} {lastName}, as chair of the {committee}, to report {bill} out of committee favorably, and to keep its protections in the budget if they come as an amendment. It keeps local police out of immigration enforcement, ends 287(g) deals with ICE, and makes sure people in custody know their rights. Thank you.',
    ),
    voicemail: msg(
      'Hi, this is [your name] from {town}. Please ask {title} {lastName}, as chair of the {committee}, to report {bill} out favorably. Thank you.',
    ),
    emailSubject: msg('As committee chair, please move {bill} forward'),
    emailBody: msg(
      'Dear {title} {lastName},\n\nI live in {town}. As chair of the {committee}, you decide whether {bill} moves forward. I am asking you to report it out of committee favorably, and to keep its protections in the budget if they come as an amendment.\n\nIt does three things. Police would not ask about immigration status unless a law requires it, so people can report crimes without fear. The state and its cities and towns would not sign 287(g) deals that turn local officers into ICE agents. And when ICE wants to interview someone in police custody, that person would be told they can say no and can have a lawyer there.\n\nAll three follow federal law, and the state’s police chiefs’ associations support them.\n\nThank you,\n[your name]\n{town}',
    ),
  },
  leadership: {
    call: msg(
      'Hello, my name is [your name], and I live in {town}. I am calling to ask {title} {lastName} to bring {bill} to a vote this session, and to keep its protections in the budget. Members are ready to act. It keeps local police out of immigration enforcement, ends 287(g) deals with ICE, and makes sure people in custody know their rights. Thank you.',
    ),
    voicemail: msg(
      'Hi, this is [your name] from {town}. Please ask {title} {lastName} to bring {bill} to a vote this session. Thank you.',
    ),
    emailSubject: msg('Please bring {bill} to a vote'),
    emailBody: msg(
      'Dear {title} {lastName},\n\nI live in {town}. I am writing to ask you to bring {bill} to a vote this session, and to keep its protections in the budget if they come up as an amendment.\n\nIt does three things. Police would not ask about immigration status unless a law requires it, so people can report crimes without fear. The state and its cities and towns would not sign 287(g) deals that turn local officers into ICE agents. And when ICE wants to interview someone in police custody, that person would be told they can say no and can have a lawyer there.\n\nAll three follow federal law, and the state’s police chiefs’ associations support them.\n\nThank you,\n[your name]\n{town}',
    ),
  },
  governor: {
    call: msg(
      'Hello, my name is [your name], and I live in {town}. I am calling to ask {title} {lastName} to support {bill}, to sign it when it reaches the governor’s desk, and to keep its protections in the state budget. It keeps local police out of immigration enforcement, ends 287(g) deals with ICE, and makes sure people in custody know their rights. Thank you.',
    ),
    voicemail: msg(
      'Hi, this is [your name] from {town}. Please ask {title} {lastName} to support and sign {bill}. Thank you.',
    ),
    emailSubject: msg('Please support and sign {bill}'),
    emailBody: msg(
      'Dear {title} {lastName},\n\nI live in {town}. I am writing to ask you to support {bill}, to sign it when it reaches your desk, and to keep its protections in the state budget.\n\nIt does three things. Police would not ask about immigration status unless a law requires it, so people can report crimes without fear. The state and its cities and towns would not sign 287(g) deals that turn local officers into ICE agents. And when ICE wants to interview someone in police custody, that person would be told they can say no and can have a lawyer there.\n\nAll three follow federal law, and the state’s police chiefs’ associations support them.\n\nThank you,\n[your name]\n{town}',
    ),
  },
  member: {
    call: msg(
      'Hello, my name is [your name], and I live in {town}. I am calling to ask {title} {lastName} to co-sponsor and vote for {bill}, and to press leadership to bring it to a vote. It keeps local police out of immigration enforcement, ends 287(g) deals with ICE, and makes sure people in custody know their rights. Thank you.',
    ),
    voicemail: msg(
      'Hi, this is [your name] from {town}. Please ask {title} {lastName} to co-sponsor and vote for {bill}, and to press leadership for a vote. Thank you.',
    ),
    emailSubject: msg('Please support {bill}'),
    emailBody: msg(
      'Dear {title} {lastName},\n\nI live in {town}. I am writing to ask you to co-sponsor and vote for {bill}, and to press leadership to bring it to a vote this session.\n\nIt does three things. Police would not ask about immigration status unless a law requires it, so people can report crimes without fear. The state and its cities and towns would not sign 287(g) deals that turn local officers into ICE agents. And when ICE wants to interview someone in police custody, that person would be told they can say no and can have a lawyer there.\n\nAll three follow federal law, and the state’s police chiefs’ associations support them.\n\nThank you,\n[your name]\n{town}',
    ),
  },
});

/**
 * The email to a member who already co-sponsors and is not the reader's own: the co-sponsored
 * bill's, or for the budget-amendment ask the amendment's. It says where the reader lives, not
 * that they live in the member's district.
 */
export const memberThankEmail = (): Record<'bill' | 'amendment', string> => ({
  bill: msg(
    'Dear {title} {lastName},\n\nI live in {town}. Thank you for co-sponsoring {bill}.\n\nImmigrant families need these protections now. Please use your voice to bring it to a vote this session, and keep its protections in the budget if they come up as an amendment.\n\nThank you,\n[your name]\n{town}',
  ),
  amendment: msg(
    'Dear {title} {lastName},\n\nI live in {town}. Thank you for co-sponsoring {amendment}, which adds the protections of {bill} to the state budget.\n\nImmigrant families need these protections now. Please vote for the amendment and work to keep it in the final budget that goes to the governor.\n\nThank you,\n[your name]\n{town}',
  ),
});
