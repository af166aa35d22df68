/** Step 1, "Where do you live?": the town combobox, what went wrong, and the way out of state. */
import { html, nothing } from 'lit';
import { msg, str } from '@lit/localize';
import { TOWN_QUERY_MAX, type TownOption } from '../../../contact/town-query.js';
import type { TownStep } from '../flow.js';
import { OPTION_ID, type TownCombobox } from '../controllers/town-combobox.js';
import { bidi, officialLink } from '../texts.js';

export interface TownStepActions {
  submit(event: SubmitEvent): void;
  /** A "Did you mean" button under the field. */
  choose(option: TownOption): void;
  leftMassachusetts(): void;
  /** The reader typed: an error about the earlier text no longer applies. */
  typed(): void;
}

/** What the live region says when the typed text is not a town (the same words lead the error below the field). */
export function townProblemAnnouncement(problem: NonNullable<TownStep['problem']>): string {
  if (problem.kind === 'empty') return msg('Type the name of your city or town.');
  return problem.suggestions.length
    ? msg('That place was not found. Check the spelling, or choose a suggestion.')
    : outOfState();
}

const outOfState = () => msg('This tool covers only Massachusetts. If you live in another state, choose “I don’t live in Massachusetts” below.');

function townProblem(problem: NonNullable<TownStep['problem']>, actions: TownStepActions) {
  if (problem.kind === 'empty') return msg('Type the name of your city or town.');
  return html`
    ${msg(str`We could not find "${bidi(problem.query)}" among the cities and towns of Massachusetts.`)}
    ${problem.suggestions.length
      ? html`<span class="suggestions"
          >${msg('Did you mean:')}
          ${problem.suggestions.map(
            (suggestion) => html`<button
              type="button"
              class="link-button"
              @click=${() => actions.choose({ municipality: suggestion.municipality, label: suggestion.label, via: suggestion.via, guess: true })}
            >
              ${suggestion.label}${suggestion.via ? ` (${suggestion.municipality})` : ''}
            </button>`,
          )}</span
        >`
      : html`<span class="out-of-state">${outOfState()}</span>`}
    ${officialLink()}
  `;
}

export function townStep(step: TownStep, combobox: TownCombobox, actions: TownStepActions) {
  const guesses = combobox.options.some((option) => option.guess);
  return html`
    <form class="step" novalidate @submit=${actions.submit}>
      <label for="town">${msg('Where do you live?')}</label>
      <p class="hint" id="town-hint">
        ${msg('Type your city or town. It stays on this device: nothing is sent anywhere.')}
        ${msg('You do not need to be a citizen, or tell anyone your immigration status, to contact your legislators.')}
      </p>
      <div class="combobox">
        <input
          id="town"
          data-step-focus
          type="text"
          role="combobox"
          autocomplete="address-level2"
          autocapitalize="words"
          spellcheck="false"
          maxlength=${TOWN_QUERY_MAX}
          aria-autocomplete="list"
          aria-controls="town-list"
          aria-expanded=${combobox.open ? 'true' : 'false'}
          aria-activedescendant=${combobox.activeId ?? nothing}
          aria-describedby="town-hint town-error"
          aria-invalid=${step.problem ? 'true' : 'false'}
          .value=${combobox.text}
          @input=${(event: InputEvent) => {
            combobox.onInput((event.target as HTMLInputElement).value);
            actions.typed();
          }}
          @keydown=${(event: KeyboardEvent) => combobox.onKeydown(event)}
          @blur=${() => combobox.close()}
        />
        <ul id="town-list" role="listbox" aria-label=${guesses ? msg('Did you mean:') : msg('Cities and towns')} ?hidden=${!combobox.open}>
          ${guesses ? html`<li class="list-note" role="presentation" aria-hidden="true">${msg('Did you mean:')}</li>` : nothing}
          ${combobox.options.map(
            (option, index) => html`
              <li
                id="${OPTION_ID}${index}"
                role="option"
                aria-selected=${index === combobox.active ? 'true' : 'false'}
                @mousedown=${(event: Event) => event.preventDefault()}
                @click=${() => combobox.choose(option)}
              >
                ${option.label}${option.via ? html` <span class="via">(${option.municipality})</span>` : nothing}
              </li>
            `,
          )}
        </ul>
      </div>
      <div id="town-error" class="error">${step.problem ? townProblem(step.problem, actions) : nothing}</div>
      <div class="actions">
        <button class="button" type="submit">${msg('Find my legislators')}</button>
        <button class="link-button" type="button" @click=${actions.leftMassachusetts}>${msg('I don’t live in Massachusetts')}</button>
      </div>
    </form>
  `;
}
