/** For a reader outside Massachusetts: why they cannot contact a legislator here, and how to help. */
import { html, nothing } from 'lit';
import { msg } from '@lit/localize';
import type { OutsideStep } from '../flow.js';
import { officialLink } from '../texts.js';
import type { ShareOutcome } from '../../../contact/clipboard.js';

export interface OutsideStepActions {
  share(): void;
  back(): void;
}

export function outsideStep(step: OutsideStep, actions: OutsideStepActions) {
  return html`
    <div class="step">
      <h3 tabindex="-1" data-step-focus>${msg('You can still help')}</h3>
      <p>
        ${msg('The Safe Communities Act is a Massachusetts bill, so only Massachusetts legislators vote on it.')}
        ${msg('Share this page with friends and family who live in Massachusetts.')}
      </p>
      <p class="notice" ?hidden=${!step.notice}>${step.notice?.() ?? nothing}</p>
      <div class="actions">
        <button class="button" type="button" @click=${actions.share}>${msg('Share this page')}</button>
        <button class="link-button" type="button" @click=${actions.back}>${msg('Back')}</button>
      </div>
    </div>
  `;
}

/** When the district tables could not be loaded: say so plainly, and give the official page and a retry. */
export function unavailableStep(retry: () => void) {
  return html`
    <div class="step">
      <h3 tabindex="-1" data-step-focus>${msg('The list of legislators could not be loaded')}</h3>
      <p>${msg('Check your internet connection and try again.')} ${officialLink()}</p>
      <div class="actions">
        <button class="button" type="button" @click=${retry}>${msg('Try again')}</button>
      </div>
    </div>
  `;
}

/** What to say after "Share this page"; nothing when the reader cancelled the share sheet. */
export function shareNotice(outcome: ShareOutcome): (() => string) | null {
  switch (outcome) {
    case 'shared':
      return () => msg('Thank you for sharing.');
    case 'copied':
      return () => msg('Link copied. Paste it in a message to friends in Massachusetts.');
    case 'cancelled':
      return null;
    default:
      return () => msg('Sharing is blocked here. Copy the page address from your browser.');
  }
}
