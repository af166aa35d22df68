/**
 * <sca-contact>, the shell of the contact flow: its properties, open() and close(), the dialog,
 * the live region and the switch between steps. Where the rest lives:
 * - flow.ts: the steps as data and the transitions between them (pure);
 * - steps/*.ts: each step's template; card/legislator-card.ts: one legislator's card;
 * - controllers/: the town combobox, the address lookup, the live announcer;
 * - step-actions.ts: what the steps before the results do; card/card-actions.ts: the cards';
 * - events.ts: the events it fires; partner-input.ts: the partner's attributes, cleaned;
 * - settings.ts: what the attributes mean at one update (the ask, the bills, the extra people).
 */
import { LitElement, adoptStyles, html, nothing, type PropertyValues } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { localized, msg, str } from '@lit/localize';
import { FIND_MY_LEGISLATOR_URL, parseAlsoContact } from '../../lookup/index.js';
import { DEFAULT_ASK } from '../../content/scripts.js';
import { parseCodes } from '../../contact/messages.js';
import { textConverter } from '../../content/partner-text.js';
import { LocaleController } from '../../i18n/locale-controller.js';
import { formatList } from '../../i18n/format.js';
import type { Theme } from '../explainer/explainer.js';
import { contactStyles, dialogStyles } from './contact.styles.js';
import * as flow from './flow.js';
import type { Step } from './flow.js';
import { AddressLookup } from './controllers/address-lookup.js';
import { Announcer } from './controllers/announcer.js';
import { TownCombobox } from './controllers/town-combobox.js';
import { ModalDialog } from './controllers/modal-dialog.js';
import { stepActions } from './step-actions.js';
import { ScaLookupEvent } from './events.js';
import type { Templates } from './partner-input.js';
import { ContactSettings, chambersOf, type ChamberChoice } from './settings.js';
import { townStep } from './steps/town-step.js';
import { precinctStep } from './steps/precinct-step.js';
import { resultsStep } from './steps/results-step.js';
import { outsideStep, unavailableStep } from './steps/outside-step.js';
import { cardActions } from './card/card-actions.js';
import { bidi, staleSentence } from './texts.js';
import { contactTitle } from './title.js';
import { dialogNeeds, prefetchDialogNeeds } from './dialog-needs.js';

export type { ChamberChoice };
export type { ActionDetail, ContactChannel, ContactDetail, LookupDetail, LookupMethod, Outcome, OutcomeDetail } from './events.js';
export { FIND_MY_LEGISLATOR_URL };
export { WHERE_DO_I_VOTE_URL } from './texts.js';

/**
 * A "Contact your legislator" button. It opens a dialog that finds the reader's Massachusetts
 * state representative and senator from their city or town (and ward and precinct where the town
 * is split) without any network request, then helps them call or email with a script.
 *
 * @tagname sca-contact
 * @summary Finds the reader's state legislators privately and helps them call or email.
 *
 * @fires {ScaLookupEvent} sca-lookup - Districts were found: `{ method, districts: { house, senate } }`.
 * @fires {ScaActionEvent} sca-action - The reader chose to call, email or copy: `{ channel, chamber, district, legislator }`.
 * @fires {ScaContactEvent} sca-contact - Deprecated until 0.3: the 0.1 name of `sca-action`, fired right after it. Listen to one of them, not both.
 * @fires {ScaOutcomeEvent} sca-outcome - The reader said they called or emailed: `{ outcome, chamber, district, legislator }`.
 *
 * @csspart container - The element's outer box.
 * @csspart button - The button that opens the dialog.
 * @csspart dialog - The dialog.
 * @csspart legislator - One legislator's card in the results.
 * @csspart script - A call script or email text (in English).
 * @csspart meaning - The meaning of a call script in the reader's language.
 * @csspart language-picker - The language switcher (with `language-picker`).
 *
 * @cssprop [--sca-color-accent=#1f4fbf (dark #8db4ff)] - The button, the chosen suggestion and the call script's bar.
 * @cssprop [--sca-color-on-accent=#ffffff (dark #0b1220)] - Text drawn on the accent color.
 * @cssprop [--sca-color-text=#1c2129 (dark #e8ecf2)] - The dialog's text.
 * @cssprop [--sca-color-muted=#515a66 (dark #a9b3c1)] - Hints, the data's date and other secondary text.
 * @cssprop [--sca-color-surface=#ffffff (dark #141a22)] - The dialog's background, fields and the town list.
 * @cssprop [--sca-color-surface-alt=#f2f5f9 (dark #1d2530)] - Legislator cards and the "I'm not sure" box.
 * @cssprop [--sca-color-border=#8a94a3 (dark #6b7686)] - Dialog, card, field and divider lines.
 * @cssprop [--sca-color-focus=#1f4fbf (dark #8db4ff)] - The keyboard focus ring.
 * @cssprop [--sca-color-link=#1f4fbf (dark #8db4ff)] - Links.
 * @cssprop [--sca-color-danger=#b3261e (dark #ffb4ab)] - Error messages and invalid fields.
 * @cssprop [--sca-color-success=#1e6b34 (dark #8fd9a0)] - Confirmations ("copied", "thank you").
 * @cssprop [--sca-focus-width=3px] - The keyboard focus ring's width.
 * @cssprop [--sca-font-family=inherit] - Font; by default the host page's.
 * @cssprop [--sca-font-size=medium] - Base text size (the reader's browser default, usually 16px); everything scales from it.
 * @cssprop [--sca-radius=0.5em] - Corner radius of the button, the dialog, cards and fields.
 * @cssprop [--sca-space=1em] - Spacing unit; gaps and padding are multiples of it.
 */
@localized()
export class SafeCommunitiesContact extends LitElement {
  static override styles = contactStyles;

  /**
   * The button's text.
   * @default "Contact your legislators" ("… representative" / "… senator" with one chamber), in the reader's language
   */
  @property() label = '';

  /** Whose contact details to show: `both`, `house` (representative) or `senate` (senator). */
  @property() chamber: ChamberChoice = 'both';

  /** Color theme: `light`, `dark` or `auto`. */
  @property({ reflect: true, converter: textConverter }) theme: Theme = 'light';

  /**
   * House bill number, e.g. "H.2580"; scripts say "the Safe Communities Act" alone when unset.
   * @default none
   */
  @property({ attribute: 'bill-house' }) billHouse = '';

  /**
   * Senate bill number, e.g. "S.1681".
   * @default none
   */
  @property({ attribute: 'bill-senate' }) billSenate = '';

  /**
   * The General Court the bill numbers and co-sponsors belong to, e.g. `194` (2025–2026). Once it
   * has ended, or when it is not the session of the widget's data, the scripts leave the numbers
   * out and thank no one. Unset: taken to be the data's session, with a console warning.
   * @default the General Court of the widget's data, with a console warning
   */
  @property({ attribute: 'bill-session' }) billSession = '';

  /**
   * What the scripts ask legislators to do: `cosponsor` (co-sponsor and vote for the bill),
   * `budget-amendment` (co-sponsor and vote for the budget amendment that adds the protections to
   * the state budget; its numbers in `amendment-house` / `amendment-senate`), `report-out` (urge the
   * committee to report the bill out favorably) or `floor-vote` (press leadership for a vote now).
   */
  @property({ converter: textConverter }) ask: string = DEFAULT_ASK;

  /**
   * House budget-amendment number, e.g. `1031` (shown "Amendment #1031"), for `ask="budget-amendment"`.
   * @default none
   */
  @property({ attribute: 'amendment-house' }) amendmentHouse = '';

  /**
   * Senate budget-amendment number, e.g. `512`.
   * @default none
   */
  @property({ attribute: 'amendment-senate' }) amendmentSenate = '';

  /**
   * More people to contact after the reader's own legislators, comma-separated: `speaker`,
   * `senate-president`, `committee:CODE` (its chairs; CODE from the committee's malegislature.gov
   * link, e.g. `J22`), `governor`, `member:CODE` (any legislator). Each gets a script for what their
   * office can do. As a property, an array of the same tokens.
   * @default none
   */
  @property({ attribute: 'also-contact', converter: { fromAttribute: parseAlsoContact, toAttribute: (tokens: string[]) => tokens.join(',') } })
  alsoContact: string[] = [];

  /** Member codes (comma-separated) of legislators who already co-sponsor (the bill, or the amendment for `budget-amendment`); they get a thank-you script. */
  @property({ converter: { fromAttribute: parseCodes, toAttribute: (codes: string[]) => codes.join(',') } })
  cosponsors: string[] = [];

  /**
   * A partner's address lookup: a URL that takes `POST { address, town }` and answers
   * `{ house, senate }` district names. When unset (the default), no address is ever asked for or sent.
   * @default none: no address is ever asked for
   */
  @property({ attribute: 'lookup-endpoint' }) lookupEndpoint = '';

  /**
   * Where "Report a wrong number" leads (http or https); the official Find My Legislator page by default.
   * @default https://malegislature.gov/Search/FindMyLegislator
   */
  @property({ attribute: 'report-url' }) reportUrl = '';

  /**
   * Replacement script and email templates per stance (`ask`, `thank`); see the README for placeholders.
   * @default none: the built-in scripts
   */
  @property({ attribute: false }) templates: Templates = {};

  /**
   * Partner organization's name, for the `{organization}` placeholder.
   * @default none (the placeholder stays visible as written)
   */
  @property() organization = '';

  /** Shows a small language switcher in the dialog; the choice applies to every widget on the page. */
  @property({ attribute: 'language-picker', type: Boolean }) languagePicker = false;

  /**
   * The languages the partner offers, e.g. `en es pt-BR` (spaces or commas): the picker and the
   * automatic choice keep to them. Unset, every language but the previews (km, kea). The page
   * has one language, so where widgets list different languages it offers those all of them list.
   * @default every language but the previews: en es pt-BR ht zh-Hans zh-Hant vi ar ru
   */
  @property() languages: string | string[] = '';

  private readonly language = new LocaleController(this, () => this.languages);
  /** What the attributes mean at this update (settings.ts). */
  private readonly settings = new ContactSettings(this);

  /** Where the reader is, with exactly the data that step needs (flow.ts). */
  @state() private step: Step = flow.START;
  /** The dialog's content is drawn from its first opening on: a page that never opens it never pays for it. */
  @state() private opened = false;
  /** The dialog's styles are adopted with its first opening (contact.styles.ts). */
  private dialogStyled = false;
  /** Between a press of the button and the dialog: its messages or tables are on their way. */
  @state() private opening = false;
  /** The street address being typed; needed only for the one request, so it never outlives the dialog. */
  @state() private address = '';

  @query('dialog') private dialog!: HTMLDialogElement;
  @query('.open') private openButton!: HTMLButtonElement;

  private readonly addressLookup = new AddressLookup(this);
  private readonly announcer = new Announcer(this);
  private readonly combobox = new TownCombobox(this, {
    choose: (option) => this.steps.findTown(option.municipality, option.via),
    listed: (count) => (count ? this.announcer.announce(count === 1 ? msg('1 suggestion') : msg(str`${count} suggestions`)) : this.announcer.clear()),
    root: () => this.renderRoot,
  });
  private readonly modal = new ModalDialog(this, {
    dialog: () => this.dialog ?? null,
    button: () => this.openButton,
    focusStep: () => this.focusStep(),
    closed: () => {
      this.addressLookup.cancel();
      this.address = '';
    },
  });
  private readonly steps = stepActions({
    step: () => this.step,
    set: (step) => (this.step = step),
    goTo: (next) => this.goTo(next),
    chambers: () => chambersOf(this.chamber),
    startOver: () => this.startOver(),
    announce: (text) => this.announcer.announce(text),
    address: () => this.address,
    setAddress: (address) => (this.address = address),
    endpoint: () => this.settings.partner.endpoint ?? null,
    needs: () => this.settings.needs(),
    focus: (selector) => this.renderRoot.querySelector<HTMLElement>(selector)?.focus(),
    focusLater: (selector) => void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>(selector)?.focus()),
    combobox: this.combobox,
    addressLookup: this.addressLookup,
  });

  /**
   * Opens the dialog, as the button does. Safe to call before the element has rendered. The
   * dialog's messages in the reader's language come first (fetched once, at most three seconds).
   */
  async open(): Promise<void> {
    // The opener, before any wait: focus returns there on close (modal-dialog.ts).
    this.modal.rememberOpener();
    this.opening = true;
    const needs = this.settings.needs();
    const ready = await dialogNeeds(needs).finally(() => (this.opening = false));
    if (ready) this.settings.readyParts = needs.scripts.join();
    // Removed from the page while it waited: nothing to open.
    if (!this.isConnected) return;
    if (!ready) this.step = flow.UNAVAILABLE;
    else if (this.step.kind === 'unavailable') this.step = flow.START;
    // The co-sponsor codes can be checked now (willUpdate), and the content drawn.
    this.opened = true;
    return this.modal.open();
  }

  private readonly prefetch = () => prefetchDialogNeeds(this.settings.needs());

  /** Closes the dialog and returns focus to whatever opened it. */
  close(): void {
    this.modal.close();
  }

  /**
   * Removed or moved (layout scripts move elements): the dialog closes (ModalDialog), and
   * everything the reader typed is forgotten. Connected again, the element starts as a fresh one;
   * it never reopens by itself.
   */
  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.startOver();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (this.opened && !this.dialogStyled) {
      adoptStyles(this.renderRoot as ShadowRoot, [...contactStyles, ...dialogStyles]);
      this.dialogStyled = true;
    }
    this.settings.update(changed, this.opened);
  }

  /**
   * Moves to a step and puts focus on its heading, which screen readers then read: the live
   * region is kept for changes that happen where the reader already is (errors, results, copied).
   * Each step starts clean: nothing said on the last one is left in the live region, and a
   * lookup started on the precinct step does not follow the reader out of it.
   */
  private goTo(next: Step): void {
    if (next.kind !== 'precinct' || this.step.kind !== 'precinct') this.addressLookup.reset();
    if (next.kind !== this.step.kind) this.announcer.clear();
    this.step = next;
    void this.updateComplete.then(() => this.focusStep());
    if (next.kind !== 'results') return;
    // Results also tell the page (sca-lookup) and the screen reader.
    this.dispatchEvent(new ScaLookupEvent({ method: next.method, districts: flow.lookupDistricts(next) }));
    const people = next.districts.flatMap((district) => (district.member ? [district.member.name] : []));
    const names = bidi(formatList(this.language.locale, people));
    const found = people.length === 1 ? msg(str`Found your legislator: ${names}.`) : msg(str`Found your legislators: ${names}.`);
    // After the next General Court convenes, never announced as the reader's members today.
    if (people.length) this.announcer.announce(this.settings.stale ? `${found} ${staleSentence()}` : found);
  }

  private focusStep(): void {
    this.renderRoot.querySelector<HTMLElement>('[data-step-focus]')?.focus();
  }

  // Results ---------------------------------------------------------------------------------

  private readonly cards = cardActions({
    results: () => this.steps.current('results'),
    update: (step) => (this.step = step),
    dispatch: (event) => this.dispatchEvent(event),
    announce: (text) => this.announcer.announce(text),
    focusLater: (id) => void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>(`#${id}`)?.focus()),
  });

  /** Back to an empty "Where do you live?" with nothing left over from an earlier attempt. */
  private startOver(): void {
    this.combobox.reset();
    this.address = '';
    this.goTo(flow.startOver());
  }

  // Rendering -------------------------------------------------------------------------------

  override render() {
    if (this.language.pending) return this.language.renderPending();
    const title = contactTitle(this.chamber);
    return html`
      <div class="root" part="container" lang=${this.language.locale} dir=${this.language.dir}>
        ${this.language.renderNotice()}
        <button
          class="button open"
          part="button"
          type="button"
          aria-haspopup="dialog"
          aria-busy=${this.opening ? 'true' : 'false'}
          @click=${() => void this.open()}
          @pointerenter=${this.prefetch}
          @focus=${this.prefetch}
          @touchstart=${this.prefetch}
        >
          ${this.settings.partner.label || title}
        </button>
        <dialog part="dialog" aria-labelledby="dialog-title" @close=${() => this.modal.onClose()}>
          ${this.opened ? this.renderDialogBody(title) : nothing}
        </dialog>
      </div>
    `;
  }

  private renderDialogBody(title: string) {
    return html`<div class="dialog-body">
            <div class="dialog-header">
              <h2 id="dialog-title">${title}</h2>
              <button class="button secondary close" type="button" aria-label=${msg('Close')} @click=${() => this.close()}>
                <span aria-hidden="true">×</span>
              </button>
            </div>
            ${this.language.renderNotice(true)} ${this.language.renderPickerIf(this.languagePicker, 'language')}
            <div class="visually-hidden" role="status" aria-live="polite">${this.announcer.text}</div>
            ${this.renderStep(this.step)}
          </div>`;
  }

  private renderStep(step: Step) {
    const { locale, dir } = this.language;
    switch (step.kind) {
      case 'town':
        return townStep(step, this.combobox, this.steps.town(step));
      case 'precinct':
        return precinctStep(
          step,
          { locale, stale: this.settings.stale, endpointHost: this.settings.partner.endpoint?.host ?? null, address: this.address, lookup: this.addressLookup },
          this.steps.precinct(step),
        );
      case 'results':
        return resultsStep(step, this.settings.cardView(step.town?.municipality ?? '', locale, dir, this.reportUrl), {
          ...this.cards,
          startOver: () => this.startOver(),
          backToList: () => this.goTo(flow.backToList(step)),
          close: () => this.close(),
        });
      case 'outside':
        return outsideStep(step, this.steps.outside);
      case 'unavailable':
        return unavailableStep(() => void this.steps.retry());
    }
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'sca-contact': SafeCommunitiesContact;
  }
}
