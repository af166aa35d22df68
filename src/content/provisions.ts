/**
 * The default campaign copy of the explainer, in plain language (about 8th-grade reading level).
 *
 * Every string goes through `msg()` so the language issue can translate it without touching the
 * element; the copy is built on each call so a language switch takes effect on the next render.
 */
import { msg } from '@lit/localize';

export type ProvisionNumber = 1 | 2 | 3;

export interface ProvisionContent {
  number: ProvisionNumber;
  /** A short title. */
  title: string;
  /** What the provision does. */
  what: string;
  /** Why it matters. */
  why: string;
}

/** A partner's replacement text for one provision; any field left out keeps the default. */
export interface ProvisionOverride {
  number: ProvisionNumber;
  title?: string;
  what?: string;
  why?: string;
}

export interface Question {
  question: string;
  answer: string;
}

export interface ExplainerCopy {
  title: string;
  intro: string;
  provisions: ProvisionContent[];
  compliance: string;
  questionsTitle: string;
  questions: Question[];
  whatLabel: string;
  whyLabel: string;
}

export function explainerCopy(): ExplainerCopy {
  return {
    title: msg('The Safe Communities Act'),
    intro: msg(
      'The Safe Communities Act is a Massachusetts bill with three protections for immigrants. It is not law yet: if the Legislature passes it, here is what each protection will do and why it matters.',
    ),
    provisions: [
      {
        number: 1,
        title: msg('Police focus on safety, not immigration status'),
        what: msg(
          'State and local police may not ask people about their immigration status, unless a law requires it.',
        ),
        why: msg(
          'When people fear that calling the police could get them deported, they stay quiet. Domestic violence, wage theft and unsafe housing go unreported, and the people who did them are free to do it again.',
        ),
      },
      {
        number: 2,
        title: msg('No deals that turn local police into ICE agents'),
        what: msg(
          'The state, cities and towns may not sign contracts with ICE, such as 287(g) agreements, that make local officers enforce federal immigration law.',
        ),
        why: msg(
          'These deals spend state and local public-safety money on federal work. They also break the trust that police need from the community to solve crimes.',
        ),
      },
      {
        number: 3,
        title: msg('Basic due process in custody'),
        what: msg(
          'When ICE wants to interview someone held by the police, the police must first tell that person they can say no, and that they can have their own lawyer there.',
        ),
        why: msg(
          'Most people in custody do not know these rights. In civil immigration cases, no one is required to tell them, as a Miranda warning does in criminal cases, and jails are one of the main roads to deportation.',
        ),
      },
    ],
    compliance: msg(
      'All three protections follow federal law. Federal law says no one may stop officers from sharing information about immigration status, but it does not require police to ask about it or collect it. Both of the state’s police chiefs’ associations have endorsed these protections.',
    ),
    questionsTitle: msg('Common questions'),
    questions: [
      {
        question: msg('Does this break federal law?'),
        answer: msg(
          'No. Federal law only says that states and towns cannot block officers from sharing information about someone’s immigration status. Nothing in federal law makes police ask about status or collect it. The Safe Communities Act stays inside those lines.',
        ),
      },
      {
        question: msg('Do police support it?'),
        answer: msg(
          'Yes. Both of the state’s police chiefs’ associations endorsed these protections. Police leaders know that people who trust them report crimes and help solve them.',
        ),
      },
      {
        question: msg('Why pass it now, through the budget?'),
        answer: msg(
          'A bill on its own can wait in committee for years. The state budget has to pass every year, so adding these protections to it as an amendment is a faster way to make them law. Every month without them, people stay silent about crimes because they are afraid.',
        ),
      },
      {
        question: msg('My legislator says it is up to leadership or the governor. Is it?'),
        answer: msg(
          'No. Every legislator has a vote and a voice. Leadership decides what comes to a vote, but it listens when members speak up together, and the budget has to pass every year, so members can add these protections to it as amendments. Ask your legislators to use their power: to press leadership for a vote, and to vote yes.',
        ),
      },
      {
        question: msg('Why does it matter for everyone’s safety?'),
        answer: msg(
          'A crime that nobody reports is a crime nobody solves, and the person who did it can hurt someone else next. When every neighbor, worker and tenant can safely speak up, the whole community is safer.',
        ),
      },
    ],
    whatLabel: msg('What it does'),
    whyLabel: msg('Why it matters'),
  };
}
