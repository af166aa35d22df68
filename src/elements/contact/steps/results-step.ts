/** Step 3: the reader's legislators, why these, a card each, and where their details come from. */
import { html, nothing } from 'lit';
import { msg, str } from '@lit/localize';
import { FIND_MY_LEGISLATOR_URL, LEGISLATORS_AS_OF, type District, type Extra } from '../../../lookup/index.js';
import { safeLink } from '../../../content/config.js';
import { formatDate } from '../../../i18n/format.js';
import { cardOf, type ResultsStep } from '../flow.js';
import { describeReason } from '../reason.js';
import { GOVERNOR_KEY, legislatorCard, type CardActions, type CardTarget, type CardView } from '../card/legislator-card.js';
import { alsoContactHeading, alsoContactIntro, extrasEnded } from '../card/roles.js';
import { bidi, sessionLabel, staleNotice } from '../texts.js';

export interface ResultsStepActions extends CardActions {
  startOver(): void;
  /** Back to the "I'm not sure" list, to pick the other chamber's legislator. */
  backToList(): void;
  /** Closes the dialog, as its × and Escape do. */
  close(): void;
}

/** The people of `also-contact` beyond the reader's own legislators, and whether some were left out because their term ended. */
export interface ExtrasView {
  readonly extras: readonly Extra[];
  readonly ended: boolean;
}

/**
 * The cards: the reader's own legislators, then the extra targets. A reader's own legislator who
 * is also named (a chair, the Speaker) appears once, as theirs, with that office on the card.
 */
export function cardTargets(districts: readonly District[], extras: readonly Extra[]): { own: CardTarget[]; others: CardTarget[] } {
  const codeOf = (district: District | null) => district?.member?.code.toUpperCase() || null;
  const own = districts.map((district): CardTarget => {
    const code = codeOf(district);
    const offices = code ? extras.filter((extra) => codeOf(extra.district) === code).flatMap((extra) => extra.offices) : [];
    return { key: district.index, kind: 'own', district, person: district.member, offices };
  });
  const ownCodes = new Set(own.map((target) => codeOf(target.district)).filter(Boolean));
  const others = extras
    .filter((extra) => !ownCodes.has(codeOf(extra.district)))
    .map((extra): CardTarget => ({
      key: extra.district?.index ?? GOVERNOR_KEY,
      kind: extra.kind,
      district: extra.district,
      person: extra.district?.member ?? extra.governor,
      offices: extra.offices,
    }));
  return { own, others };
}

export function resultsStep(step: ResultsStep, view: Omit<CardView, 'pair'> & { reportUrl: string; extras: ExtrasView }, actions: ResultsStepActions) {
  const asOf = formatDate(view.locale, LEGISLATORS_AS_OF);
  const cardView: CardView = { ...view, pair: step.reason.kind === 'chosen' ? null : step.reason.pair };
  const { own, others } = cardTargets(step.districts, view.extras.extras);
  return html`
    <div class="step">
      <h3 tabindex="-1" data-step-focus>${step.districts.length === 1 ? msg('Your legislator') : msg('Your legislators')}${view.stale
          ? // Its own line; the space (an expression, which the template minifier keeps) separates the words in the heading's text.
            html`<span class="heading-session">${' '}${msg(str`In office in the ${sessionLabel()} session`)}</span>`
          : nothing}</h3>
      ${staleNotice(view.stale, view.locale)}
      <p class="reason">${describeReason(step.reason, bidi)}</p>
      <ul class="cards">
        ${own.map((target) => legislatorCard(target, cardOf(step, target.key), cardView, actions))}
      </ul>
      ${step.missing.length
        ? html`<p class="more">
            <button class="button secondary" type="button" @click=${actions.backToList}>
              ${step.missing.includes('senate') ? msg('Choose your senator too') : msg('Choose your representative too')}
            </button>
          </p>`
        : nothing}
      ${others.length
        ? html`<h3 class="also">${alsoContactHeading()}</h3>
            <p class="reason">${alsoContactIntro()}</p>
            <ul class="cards">
              ${others.map((target) => legislatorCard(target, cardOf(step, target.key), cardView, actions))}
            </ul>`
        : nothing}
      ${view.extras.ended ? html`<p class="ended">${extrasEnded()}</p>` : nothing}
      <p class="as-of">
        ${msg(str`Phone numbers and emails as of ${asOf}.`)}
        <a href=${safeLink(view.reportUrl) ?? FIND_MY_LEGISLATOR_URL} target="_blank" rel="noopener noreferrer">${msg('Report a wrong number')}</a>
      </p>
      <div class="actions">
        <button class="link-button" type="button" @click=${actions.startOver}>${msg('Start over')}</button>
        <!-- At the end of a long list on a phone, the header's × has scrolled away. -->
        <button class="button secondary" type="button" @click=${actions.close}>${msg('Close')}</button>
      </div>
    </div>
  `;
}
