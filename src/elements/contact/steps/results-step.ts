/** Step 3: the reader's legislators, why these, a card each, and where their details come from. */
import { html, nothing } from 'lit';
import { msg, str } from '@lit/localize';
import { FIND_MY_LEGISLATOR_URL, LEGISLATORS_AS_OF } from '../../../lookup/index.js';
import { safeLink } from '../../../content/config.js';
import { formatDate } from '../../../i18n/format.js';
import { cardOf, type ResultsStep } from '../flow.js';
import { describeReason } from '../reason.js';
import { legislatorCard, type CardActions, type CardView } from '../card/legislator-card.js';
import { bidi, staleNotice } from '../texts.js';

export interface ResultsStepActions extends CardActions {
  startOver(): void;
  /** Back to the "I'm not sure" list, to pick the other chamber's legislator. */
  backToList(): void;
}

export function resultsStep(step: ResultsStep, view: Omit<CardView, 'pair'> & { reportUrl: string }, actions: ResultsStepActions) {
  const asOf = formatDate(view.locale, LEGISLATORS_AS_OF);
  const cardView: CardView = { ...view, pair: step.reason.kind === 'chosen' ? null : step.reason.pair };
  return html`
    <div class="step">
      <h3 tabindex="-1" data-step-focus>${step.districts.length === 1 ? msg('Your legislator') : msg('Your legislators')}</h3>
      ${staleNotice(view.stale, view.locale)}
      <p class="reason">${describeReason(step.reason, bidi)}</p>
      <ul class="cards">
        ${step.districts.map((district) => legislatorCard(district, cardOf(step, district), cardView, actions))}
      </ul>
      ${step.missing.length
        ? html`<p class="more">
            <button class="button secondary" type="button" @click=${actions.backToList}>
              ${step.missing.includes('senate') ? msg('Choose your senator too') : msg('Choose your representative too')}
            </button>
          </p>`
        : nothing}
      <p class="as-of">
        ${msg(str`Phone numbers and emails as of ${asOf}.`)}
        <a href=${safeLink(view.reportUrl) ?? FIND_MY_LEGISLATOR_URL} target="_blank" rel="noopener noreferrer">${msg('Report a wrong number')}</a>
      </p>
      <div class="actions">
        <button class="link-button" type="button" @click=${actions.startOver}>${msg('Start over')}</button>
      </div>
    </div>
  `;
}
