/** For a reader outside Massachusetts: why they cannot contact a legislator here, and how to help. */
import { html, nothing } from 'lit';
import { msg } from '@lit/localize';
import type { OutsideStep } from '../flow.js';

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
