/**
 * What a legislator card's buttons do: tell the page (sca-action, sca-outcome), copy a script,
 * and change the card's own state in the results step. The element passes in where the step
 * lives and how to speak; a late click, after the reader has moved on, changes nothing.
 */
import { msg } from '@lit/localize';
import type { District } from '../../../lookup/index.js';
import { copyText } from '../../../contact/clipboard.js';
import { cardChanged, cardOf, type CardState, type ResultsStep } from '../flow.js';
import { ScaActionEvent, ScaContactEvent, ScaOutcomeEvent, type ActionDetail, type ContactChannel, type Outcome } from '../events.js';
import { thanksId, type CardActions } from './legislator-card.js';

export interface CardHost {
  /** The results step, or null when the reader is elsewhere. */
  results(): ResultsStep | null;
  update(step: ResultsStep): void;
  dispatch(event: Event): void;
  announce(text: string): void;
  /** Focus, once rendered, the element with this id. */
  focusLater(id: string): void;
}

const detailOf = (district: District, channel: ContactChannel): ActionDetail => ({
  channel,
  chamber: district.chamber,
  district: district.name,
  legislator: district.member?.name ?? '',
});

export function cardActions(host: CardHost): CardActions {
  const change = (district: District, delta: Partial<CardState>) => {
    const step = host.results();
    if (step) host.update(cardChanged(step, district, delta));
  };
  /** `sca-action`, and its deprecated 0.1 name `sca-contact` until 0.3. */
  const action = (district: District, channel: ContactChannel) => {
    const detail = detailOf(district, channel);
    host.dispatch(new ScaActionEvent(detail));
    host.dispatch(new ScaContactEvent({ ...detail }));
  };
  return {
    action,
    change,
    async copy(district, text, copied) {
      action(district, 'copy');
      const ok = await copyText(text);
      const notice = ok ? copied : () => msg('Copying is blocked here. Select the text and copy it.');
      change(district, { notice });
      host.announce(notice());
    },
    done(district, outcome: Outcome) {
      const step = host.results();
      if (!step) return;
      const { chamber, district: name, legislator } = detailOf(district, outcome === 'called' ? 'call' : 'email');
      change(district, { outcomes: new Set(cardOf(step, district).outcomes).add(outcome) });
      host.dispatch(new ScaOutcomeEvent({ outcome, chamber, district: name, legislator }));
      host.announce(msg('Thank you! Offices count every call and email.'));
      host.focusLater(thanksId(district));
    },
  };
}
