/**
 * Step 2, for a town split between districts: ward and precinct, or "I'm not sure" with the
 * town's legislators to recognize, and the partner's address lookup when there is one.
 */
import { html, nothing } from 'lit';
import { live } from 'lit/directives/live.js';
import { msg, str } from '@lit/localize';
import { NO_WARD, type District } from '../../../lookup/index.js';
import type { Locale } from '../../../i18n/language.js';
import type { PrecinctStep } from '../flow.js';
import type { AddressLookup } from '../controllers/address-lookup.js';
import { addressProblemText, bidi, LINK_END, LINK_START, linked, officialLink, precinctProblemText, staleNotice, WHERE_DO_I_VOTE_URL } from '../texts.js';

export const ADDRESS_MAX = 200;

export interface PrecinctStepView {
  locale: Locale;
  stale: boolean;
  /** The partner's address lookup server, or null: no address is asked for. */
  endpointHost: string | null;
  address: string;
  lookup: AddressLookup;
}

export interface PrecinctStepActions {
  wardChanged(ward: string): void;
  precinctChanged(precinct: string): void;
  submit(event: SubmitEvent): void;
  toggleUnsure(): void;
  changeTown(): void;
  candidate(district: District): void;
  addressInput(address: string): void;
  addressSubmit(event: SubmitEvent): void;
  addressKeydown(event: KeyboardEvent): void;
}

export function precinctStep(step: PrecinctStep, view: PrecinctStepView, actions: PrecinctStepActions) {
  const { split, ward: chosenWard, precinct: chosenPrecinct, problem } = step;
  const precincts = split.hasWards ? (chosenWard ? split.precinctsByWard.get(chosenWard) ?? [] : []) : split.precinctsByWard.get(NO_WARD) ?? [];
  // `live`: Lit reuses <option>s when the list changes, so each says whether it is the choice
  // against the page as it is, not as Lit last left it.
  return html`
    <form class="step" novalidate @submit=${actions.submit}>
      <h3 tabindex="-1" data-step-focus>${msg(str`${bidi(split.municipality)} has more than one district`)}</h3>
      <p class="hint" id="precinct-hint">
        ${split.hasWards ? msg('Choose your ward and precinct.') : msg('Choose your precinct.')}
        ${linked(msg(str`If you are registered to vote, they are on your voter card. Anyone can also look them up on the state’s ${LINK_START}Where do I vote? page${LINK_END}.`), WHERE_DO_I_VOTE_URL)}
      </p>
      <div class="fields">
        ${split.hasWards
          ? html`<div class="field">
              <label for="ward">${msg('Ward')}</label>
              <select
                id="ward"
                aria-describedby="precinct-hint precinct-error"
                aria-invalid=${problem && !chosenWard ? 'true' : 'false'}
                @change=${(event: Event) => actions.wardChanged((event.target as HTMLSelectElement).value)}
              >
                <option value="" .selected=${live(chosenWard === '')}>${msg('Choose a ward')}</option>
                ${split.wards.map((ward) => html`<option value=${ward} .selected=${live(ward === chosenWard)}>${ward}</option>`)}
              </select>
            </div>`
          : nothing}
        <div class="field">
          <label for="precinct">${msg('Precinct')}</label>
          <select
            id="precinct"
            aria-describedby="precinct-hint precinct-error"
            aria-invalid=${problem && (chosenWard || !split.hasWards) ? 'true' : 'false'}
            ?disabled=${split.hasWards && !chosenWard}
            @change=${(event: Event) => actions.precinctChanged((event.target as HTMLSelectElement).value)}
          >
            <option value="" .selected=${live(chosenPrecinct === '')}>${msg('Choose a precinct')}</option>
            ${precincts.map((label) => html`<option value=${label} .selected=${live(label === chosenPrecinct)}>${label}</option>`)}
          </select>
        </div>
      </div>
      <div id="precinct-error" class="error">${problem ? precinctProblemText(problem) : nothing}</div>
      <div class="actions">
        <button class="button" type="submit">${msg('Show my legislators')}</button>
        <button class="button secondary" type="button" aria-expanded=${step.unsure ? 'true' : 'false'} @click=${actions.toggleUnsure}>
          ${msg('I’m not sure')}
        </button>
        <button class="link-button" type="button" @click=${actions.changeTown}>${msg('Change town')}</button>
      </div>
    </form>
    ${step.unsure ? unsure(step, view, actions) : nothing}
  `;
}

function unsure(step: PrecinctStep, view: PrecinctStepView, actions: PrecinctStepActions) {
  const { split } = step;
  const list = (districts: readonly District[]) => html`<ul class="candidates">
    ${districts.map((district) =>
      district.member
        ? html`<li>
            <button
              class="link-button candidate"
              type="button"
              aria-pressed=${step.picks[district.chamber] === district ? 'true' : 'false'}
              @click=${() => actions.candidate(district)}
            >
              <span
                ><strong>${district.member.name}</strong> · <bdi>${district.name}</bdi
                >${step.picks[district.chamber] === district ? html`<span class="picked" aria-hidden="true"> ✓</span>` : nothing}</span
              >
            </button>
          </li>`
        : html`<li class="vacant-candidate"><strong>${msg('Vacant seat')}</strong> · <bdi>${district.name}</bdi></li>`,
    )}
  </ul>`;
  return html`
    <section class="unsure" aria-labelledby="unsure-title">
      <h3 id="unsure-title">${msg(str`Who represents ${bidi(split.municipality)}`)}</h3>
      ${staleNotice(view.stale, view.locale)}
      <p>${msg('If you recognize your representative or senator, choose them to call or email.')}</p>
      <p>${msg('Your representative is one of these:')}</p>
      ${list(split.candidates.house)}
      <p>${split.candidates.senate.length === 1 ? msg('Your senator is:') : msg('Your senator is one of these:')}</p>
      ${list(split.candidates.senate)}
      <p>${officialLink()}</p>
      ${view.endpointHost !== null ? addressForm(view.endpointHost, view, actions) : nothing}
    </section>
  `;
}

function addressForm(host: string, view: PrecinctStepView, actions: PrecinctStepActions) {
  const { status, problem } = view.lookup;
  return html`
    <form class="address" novalidate @submit=${actions.addressSubmit}>
      <label for="address">${msg('Street address')}</label>
      <p class="consent" id="address-consent">
        ${msg(str`To find your districts, your address and town will be sent to ${bidi(host)}. Nothing is sent unless you press the button.`)}
      </p>
      <input
        id="address"
        type="text"
        autocomplete="address-line1"
        maxlength=${ADDRESS_MAX}
        aria-describedby="address-consent address-error"
        aria-invalid=${status === 'error' ? 'true' : 'false'}
        .value=${view.address}
        @input=${(event: InputEvent) => actions.addressInput((event.target as HTMLInputElement).value)}
        @keydown=${actions.addressKeydown}
      />
      <div id="address-error" class="error">${status === 'error' ? html`${addressProblemText(problem)} ${officialLink()}` : nothing}</div>
      <button class="button" type="submit" ?disabled=${status === 'loading'}>
        ${status === 'loading' ? msg('Looking up…') : msg(str`Send my address to ${bidi(host)}`)}
      </button>
    </form>
  `;
}
