/**
 * What a legislator card's buttons do: tell the page (sca-action, sca-outcome), copy a script,
 * and change the card's own state in the results step. The element passes in where the step
 * lives and how to speak; a late click, after the reader has moved on, changes nothing.
 */
import { msg } from '@lit/localize';
import { copyText } from '../../../contact/clipboard.js';
import { cardChanged, cardOf, type CardState, type ResultsStep } from '../flow.js';
import { ScaActionEvent, ScaContactEvent, ScaOutcomeEvent, type ActionDetail, type ContactChannel, type Outcome } from '../events.js';
import { thanksId, type CardActions, type CardTarget } from './legislator-card.js';

export interface CardHost {
  /** The results step, or null when the reader is elsewhere. */
  results(): ResultsStep | null;
  update(step: ResultsStep): void;
  dispatch(event: Event): void;
  announce(text: string): void;
  /** Focus, once rendered, the element with this id. */
  focusLater(id: string): void;
}

/** Whose card, never the reader's place; a governor's card has no chamber or district. */
const detailOf = ({ kind, district, person }: CardTarget, channel: ContactChannel): ActionDetail =>
  district ? { channel, target: kind, chamber: district.chamber, district: district.name, legislator: person?.name ?? '' } : { channel, target: kind, legislator: person?.name ?? '' };

export function cardActions(host: CardHost): CardActions {
  const change = (target: CardTarget, delta: Partial<CardState>) => {
    const step = host.results();
    if (step) host.update(cardChanged(step, target.key, delta));
  };
  /** `sca-action`, and its deprecated 0.1 name `sca-contact` until 0.3. */
  const action = (target: CardTarget, channel: ContactChannel) => {
    const detail = detailOf(target, channel);
    host.dispatch(new ScaActionEvent(detail));
    host.dispatch(new ScaContactEvent({ ...detail }));
  };
  return {
    action,
    change,
    async copy(target, text, copied) {
      action(target, 'copy');
      const ok = await copyText(text);
      const notice = ok ? copied : () => msg('Copying is blocked here. Select the text and copy it.');
      change(target, { notice });
      host.announce(notice());
    },
    done(target, outcome: Outcome) {
      const step = host.results();
      if (!step) return;
      const { channel: _channel, ...detail } = detailOf(target, outcome === 'called' ? 'call' : 'email');
      change(target, { outcomes: new Set(cardOf(step, target.key).outcomes).add(outcome) });
      host.dispatch(new ScaOutcomeEvent({ outcome, ...detail }));
      host.announce(msg('Thank you! Offices count every call and email.'));
      host.focusLater(thanksId(target));
    },
  };
}
