import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { localized, msg, str } from '@lit/localize';
import {
  FIND_MY_LEGISLATOR_URL,
  GENERAL_COURT,
  LEGISLATORS_AS_OF,
  allLegislators,
  hasEnded,
  ordinalNumeral,
  sessionYears,
  NO_WARD,
  searchTowns,
  type Chamber,
  type District,
  type TownMatch,
} from '../../lookup/index.js';
import { readTownQuery, TOWN_QUERY_MAX as TOWN_MAX, type TownQuery } from '../../contact/town-query.js';
import { buildMessages, codesFrom, isOverridden, parseCodes, type MessageContext } from '../../contact/messages.js';
import { resolveEndpoint } from '../../contact/endpoint.js';
import { readerLanguage, type MessageTemplates, type Stance } from '../../content/scripts.js';
import { copyText, shareLink } from '../../contact/clipboard.js';
import { currentBills, type CurrentBills } from '../../contact/bills.js';
import { WarnOnce } from '../../content/warn-once.js';
import { contactStyles } from './contact.styles.js';
import { checkTemplates, safeLink } from '../../content/config.js';
import { cleanAll, safeText, shown, textConverter } from '../../content/partner-text.js';
import { LocaleController } from '../../i18n/locale-controller.js';
import { nativeName } from '../../i18n/language.js';
import { formatDate, formatList } from '../../i18n/format.js';
import type { Theme } from '../explainer/explainer.js';
import {
  START,
  candidateChosen,
  cardChanged,
  cardOf,
  districtsFound,
  leftMassachusetts,
  lookupDistricts,
  precinctPicked,
  precinctSubmitted,
  startOver,
  townChosen,
  unsureToggled,
  wardPicked,
  type CardState,
  type PrecinctProblem,
  type Step,
} from './flow.js';
import { describeReason } from './reason.js';
import { AddressLookup, type LookupProblem } from './controllers/address-lookup.js';
import { Announcer } from './controllers/announcer.js';
import { ScaActionEvent, ScaContactEvent, ScaLookupEvent, ScaOutcomeEvent, type ActionDetail, type ContactChannel, type Outcome } from './events.js';

export type ChamberChoice = 'both' | Chamber;
export type { ActionDetail, ContactChannel, ContactDetail, LookupDetail, LookupMethod, Outcome, OutcomeDetail } from './events.js';

export { FIND_MY_LEGISLATOR_URL };
export const WHERE_DO_I_VOTE_URL = 'https://www.sec.state.ma.us/WhereDoIVoteMA/bal/MyElectionInfo.aspx';

/** Party names in the reader's language; one the data may add later shows as written. */
function partyName(party: string): string {
  switch (party) {
    case 'Democratic':
      return msg('Democratic');
    case 'Republican':
      return msg('Republican');
    case 'Independent':
      return msg('Independent');
    case 'Unenrolled':
      return msg('Unenrolled');
    default:
      return party;
  }
}

/** What is missing on the ward and precinct step, in the reader's language. */
function precinctProblemText(problem: PrecinctProblem): string {
  switch (problem) {
    case 'choose-ward':
      return msg('Choose your ward.');
    case 'choose-precinct':
      return msg('Choose your precinct.');
    case 'no-match':
      return msg('That ward and precinct do not match. Choose again.');
  }
}

/** Why the address lookup gave no districts, in the reader's language. */
function addressProblemText(problem: LookupProblem | null): string {
  switch (problem) {
    case 'empty':
      return msg('Type your street address, for example 12 Main Street.');
    case 'timeout':
      return msg('The address lookup did not answer in time.');
    case 'invalid':
      return msg('The address lookup sent back an answer we could not use.');
    default:
      return msg('The address lookup is not working right now.');
  }
}

/** The focused element, looking inside open shadow roots. */
function deepActiveElement(): HTMLElement | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  // Nothing focused (a script's click, or Safari, which does not focus clicked buttons).
  return active instanceof HTMLElement && active !== document.body ? active : null;
}

/** Text computed at render time, so it follows a change of language. */
type Message = () => string;

const CHAMBERS: readonly ChamberChoice[] = ['both', 'house', 'senate'];

const ADDRESS_MAX = 200;

/** The properties whose values readPartnerInput() cleans. */
const PARTNER_PROPERTIES = ['label', 'billHouse', 'billSenate', 'organization', 'templates', 'cosponsors', 'lookupEndpoint'] as const;

/** A partner's text attributes and properties after cleaning (src/content/partner-text.ts). */
interface PartnerInput {
  label: string;
  billHouse: string;
  billSenate: string;
  organization: string;
  templates: Partial<Record<Stance, Partial<MessageTemplates>>>;
  /** Where the address would go, resolved against the document's base URL; null: no address lookup. */
  endpoint: URL | null;
}

/** Member codes of the data's legislators, upper case, for checking a partner's co-sponsor list. */
let knownCodes: ReadonlySet<string> | undefined;
const memberCodes = () => (knownCodes ??= new Set(allLegislators().map((legislator) => legislator.code.toUpperCase()).filter(Boolean)));

/** One warning per page copy of the script that its legislator data is from an ended session. */
let staleWarned = false;

/**
 * "2025–2026", isolated left to right (LRI … PDI) in every language: two numbers joined by a dash
 * would otherwise read "2026–2025" in a right-to-left sentence.
 */
const sessionLabel = () => `\u2066${sessionYears(GENERAL_COURT)}\u2069`;

/** Whether the General Court of the data has ended by the reader's clock (Boston time). */
const dataIsStale = () => hasEnded(GENERAL_COURT, Date.now());

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
 * @cssprop [--sca-color-link=#1f4fbf (dark #8db4ff)] - Links.
 * @cssprop [--sca-color-danger=#b3261e (dark #ffb4ab)] - Error messages and invalid fields.
 * @cssprop [--sca-color-success=#1e6b34 (dark #8fd9a0)] - Confirmations.
 */
@localized()
export class SafeCommunitiesContact extends LitElement {
  static override styles = contactStyles;

  /** The button's text. */
  @property() accessor label = '';

  /** Whose contact details to show: `both`, `house` (representative) or `senate` (senator). */
  @property() accessor chamber: ChamberChoice = 'both';

  /** Color theme: `light`, `dark` or `auto`. */
  @property({ reflect: true, converter: textConverter }) accessor theme: Theme = 'light';

  /** House bill or budget-amendment number, e.g. "H.2580"; scripts say "the Safe Communities Act" alone when unset. */
  @property({ attribute: 'bill-house' }) accessor billHouse = '';

  /** Senate bill or budget-amendment number, e.g. "S.1681". */
  @property({ attribute: 'bill-senate' }) accessor billSenate = '';

  /**
   * The General Court the bill numbers and co-sponsors belong to, e.g. `194` (2025–2026). Once it
   * has ended, or when it is not the session of the widget's data, the scripts leave the numbers
   * out and thank no one. Unset: taken to be the data's session, with a console warning.
   */
  @property({ attribute: 'bill-session' }) accessor billSession = '';

  /** Member codes (comma-separated) of legislators who already co-sponsor; they get a thank-you script. */
  @property({ converter: { fromAttribute: parseCodes, toAttribute: (codes: string[]) => codes.join(',') } })
  accessor cosponsors: string[] = [];

  /**
   * A partner's address lookup: a URL that takes `POST { address, town }` and answers
   * `{ house, senate }` district names. When unset (the default), no address is ever asked for or sent.
   */
  @property({ attribute: 'lookup-endpoint' }) accessor lookupEndpoint = '';

  /** Where "report a wrong number" leads; the official Find My Legislator page by default. */
  @property({ attribute: 'report-url' }) accessor reportUrl = '';

  /** Replacement script and email templates per stance (`ask`, `thank`); see the README for placeholders. */
  @property({ attribute: false }) accessor templates: Partial<Record<Stance, Partial<MessageTemplates>>> = {};

  /** Partner organization's name, for the `{organization}` placeholder. */
  @property() accessor organization = '';

  /** Shows a small language switcher in the dialog; the choice applies to every widget on the page. */
  @property({ attribute: 'language-picker', type: Boolean }) accessor languagePicker = false;

  private readonly language = new LocaleController(this);
  private readonly warnings = new WarnOnce('sca-contact');
  private readonly inputWarnings = new WarnOnce('sca-contact');
  /** Set in willUpdate: whether the data's General Court has ended, and the bill numbers and co-sponsors that still apply. */
  private stale = false;
  private bills: CurrentBills = { billHouse: '', billSenate: '', cosponsors: [], problems: [] };
  private partner: PartnerInput = { label: '', billHouse: '', billSenate: '', organization: '', templates: {}, endpoint: null };

  /** Where the reader is, with exactly the data that step needs (flow.ts). */
  @state() private accessor step: Step = START;
  @state() private accessor townText = '';
  @state() private accessor townMatches: TownMatch[] = [];
  @state() private accessor activeIndex = -1;
  @state() private accessor listOpen = false;
  @state() private accessor address = '';

  @query('dialog') private accessor dialog!: HTMLDialogElement;
  @query('.open') private accessor openButton!: HTMLButtonElement;

  private readonly addressLookup = new AddressLookup(this);
  private readonly announcer = new Announcer(this);
  /** Where focus was when the dialog opened: the widget's button or a partner's own. */
  private opener: HTMLElement | null = null;

  /** Opens the dialog, as the button does. Safe to call before the element has rendered. */
  async open(): Promise<void> {
    await this.updateComplete;
    if (this.dialog.open) return;
    this.opener = deepActiveElement();
    this.dialog.showModal();
    this.focusStep();
  }

  /** Closes the dialog and returns focus to whatever opened it. */
  close(): void {
    if (this.dialog.open) this.dialog.close();
  }

  /**
   * Removed or moved (layout scripts move elements): a dialog left open would lose its modality
   * and Escape, so it closes, and everything the reader typed is forgotten. Connected again, the
   * element starts as a fresh one; it never reopens by itself.
   */
  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.addressLookup.cancel();
    this.opener = null;
    this.closingOnDisconnect = this.dialog?.open ?? false;
    if (this.closingOnDisconnect) this.dialog.close();
    this.startOver();
  }
  private closingOnDisconnect = false;

  private onDialogClose(): void {
    this.addressLookup.cancel();
    // The address is needed only for the one request; it does not outlive the dialog.
    this.address = '';
    if (this.closingOnDisconnect) {
      this.closingOnDisconnect = false;
      return;
    }
    const opener = this.opener?.isConnected ? this.opener : this.openButton;
    this.opener = null;
    opener.focus();
  }


  protected override willUpdate(changed: PropertyValues<this>): void {
    if (!this.hasUpdated || PARTNER_PROPERTIES.some((name) => changed.has(name))) this.readPartnerInput(changed);
    if (changed.has('chamber') && !CHAMBERS.includes(this.chamber) && this.isConnected) {
      console.warn(`<sca-contact>: chamber ${shown(this.chamber)} is not one of ${CHAMBERS.join(', ')}; showing both.`);
    }
    // The reader's clock is read once per update: every list, card and script of one render agree.
    this.stale = dataIsStale();
    this.bills = currentBills(
      { billHouse: this.partner.billHouse, billSenate: this.partner.billSenate, cosponsors: codesFrom(this.cosponsors), billSession: this.billSession },
      GENERAL_COURT,
      memberCodes(),
      Date.now(),
    );
    // A detached element can still update (a language switch); only one on the page speaks up.
    if (!this.isConnected) return;
    this.warnings.report(this.bills.problems, 'bill numbers and co-sponsors');
    if (!staleWarned && this.stale) {
      staleWarned = true;
      console.warn(
        `<sca-contact>: the legislator data is from the ${ordinalNumeral(GENERAL_COURT.number)} General Court, whose terms ended on ${GENERAL_COURT.ends}; readers are told it may be out of date. Move to a version with current data (README, "Updating").`,
      );
    }
  }

  /** Cleans the partner's text attributes and properties (src/content/partner-text.ts) when they change. */
  private readPartnerInput(changed: PropertyValues<this>): void {
    const { clean, problems } = cleanAll({ label: this.label, 'bill-house': this.billHouse, 'bill-senate': this.billSenate, organization: this.organization });
    const templates = checkTemplates(this.templates ?? {}, 'templates', problems) ?? {};
    if (!Array.isArray(this.cosponsors) && typeof this.cosponsors !== 'string') problems.push('"cosponsors" must be an array of member codes, like ["ALS1"].');
    // Resolved once, as fetch() would: the consent line and the request use this one URL.
    const endpoint = changed.has('lookupEndpoint') || !this.hasUpdated ? resolveEndpoint(safeText(this.lookupEndpoint), document.baseURI) : this.partner.endpoint;
    this.partner = { label: clean.label, billHouse: clean['bill-house'], billSenate: clean['bill-senate'], organization: clean.organization, templates, endpoint };
    if (changed.has('lookupEndpoint') && safeText(this.lookupEndpoint).trim() && !endpoint && this.isConnected) {
      console.warn(`<sca-contact>: lookup-endpoint ${shown(this.lookupEndpoint)} is not an https address, so no address will be asked for.`);
    }
    if (this.isConnected) this.inputWarnings.report(problems, 'ignored or cut in the attributes and properties');
  }

  /** Selects keep a stale visible choice when Lit reuses their options: show what the state says. */
  protected override updated(): void {
    const step = this.step;
    if (step.kind !== 'precinct') return;
    for (const [id, value] of [
      ['ward', step.ward],
      ['precinct', step.precinct],
    ] as const) {
      const select = this.renderRoot.querySelector<HTMLSelectElement>(`#${id}`);
      if (select) select.value = value;
    }
  }

  private get endpointAllowed(): boolean {
    return this.partner.endpoint !== null;
  }

  private get chambers(): Chamber[] {
    return this.chamber === 'house' ? ['house'] : this.chamber === 'senate' ? ['senate'] : ['house', 'senate'];
  }

  /**
   * Moves to a step and puts focus on its heading, which screen readers then read: the live
   * region is kept for changes that happen where the reader already is (errors, results, copied).
   */
  private goTo(step: Step): void {
    if (step.kind !== 'precinct' || this.step.kind !== 'precinct') this.addressLookup.reset();
    // Each step starts clean: nothing said on the last one is left in the live region.
    if (step.kind !== this.step.kind) this.announcer.clear();
    this.step = step;
    void this.updateComplete.then(() => this.focusStep());
  }

  private announce(text: string): void {
    this.announcer.announce(text);
  }

  private focusStep(): void {
    const target = this.renderRoot.querySelector<HTMLElement>('[data-step-focus]');
    target?.focus();
  }

  // Town step ------------------------------------------------------------------------------

  private onTownInput(event: InputEvent): void {
    this.townText = (event.target as HTMLInputElement).value;
    this.townMatches = searchTowns(this.townText.slice(0, TOWN_MAX), 8);
    this.listOpen = this.townMatches.length > 0;
    this.activeIndex = -1;
    if (this.step.kind === 'town' && this.step.problem) this.step = { kind: 'town', problem: null };
  }

  private onTownKeydown(event: KeyboardEvent): void {
    const count = this.townMatches.length;
    switch (event.key) {
      case 'ArrowDown':
      case 'ArrowUp': {
        event.preventDefault();
        if (count === 0) return;
        this.listOpen = true;
        const step = event.key === 'ArrowDown' ? 1 : -1;
        const from = this.activeIndex === -1 && step === -1 ? 0 : this.activeIndex;
        this.activeIndex = (from + step + count) % count;
        // The highlighted option stays in sight when the list scrolls.
        const active = this.activeIndex;
        void this.updateComplete.then(() => this.renderRoot.querySelector(`#town-option-${active}`)?.scrollIntoView({ block: 'nearest' }));
        break;
      }
      case 'Enter':
        // Enter that ends an input method's composition (Chinese, Vietnamese) picks nothing.
        if (event.isComposing) return;
        if (this.listOpen && this.activeIndex >= 0) {
          event.preventDefault();
          this.chooseMatch(this.townMatches[this.activeIndex]!);
        }
        break;
      case 'Escape':
        // Inside a modal dialog, Escape would also close the dialog: only the innermost thing
        // closes. An open list first; the next Escape closes the dialog (clearing is not its job).
        if (this.listOpen) {
          event.preventDefault();
          event.stopPropagation();
          this.closeList();
        }
        break;
      case 'Tab':
        this.closeList();
        break;
    }
  }

  private closeList(): void {
    this.listOpen = false;
    this.activeIndex = -1;
  }

  /** Back to an empty "Where do you live?" with nothing left over from an earlier attempt. */
  private resetTownStep(): void {
    this.townText = '';
    this.townMatches = [];
    this.closeList();
  }

  private chooseMatch(match: TownMatch): void {
    this.townText = match.label;
    this.closeList();
    this.findTown(match.municipality, match.via);
  }

  private onTownSubmit(event: SubmitEvent): void {
    event.preventDefault();
    this.closeList();
    const reading = readTownQuery(this.townText);
    if (reading.kind === 'found') {
      this.findTown(reading.municipality, reading.via);
      return;
    }
    this.step = { kind: 'town', problem: reading };
    this.announce(
      reading.kind === 'empty'
        ? msg('Type the name of your city or town.')
        : msg('That place was not found. Check the spelling, or choose a suggestion.'),
    );
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLInputElement>('#town')?.focus());
  }

  private renderTownProblem(problem: Exclude<TownQuery, { kind: 'found' }>) {
    if (problem.kind === 'empty') return msg('Type the name of your city or town.');
    return html`
      ${msg(str`We could not find "${this.bidi(problem.query)}" among the cities and towns of Massachusetts.`)}
      ${problem.suggestions.length
        ? html`<span class="suggestions"
            >${msg('Did you mean:')}
            ${problem.suggestions.map(
              (suggestion) => html`<button
                type="button"
                class="link-button"
                @click=${() => this.chooseMatch({ ...suggestion, rank: 'exact' })}
              >
                ${suggestion.label}${suggestion.via ? ` (${suggestion.municipality})` : ''}
              </button>`,
            )}</span
          >`
        : nothing}
      ${this.officialLink()}
    `;
  }

  private findTown(municipality: string, via: string | null): void {
    const next = townChosen({ municipality, via }, this.chambers);
    if (!next) return;
    this.address = '';
    this.addressLookup.reset();
    this.show(next);
  }

  // Precinct step --------------------------------------------------------------------------

  /** The precinct step, or nothing when the reader is elsewhere (a late event). */
  private get precinctStep(): Extract<Step, { kind: 'precinct' }> | null {
    return this.step.kind === 'precinct' ? this.step : null;
  }

  private onWardChange(event: Event): void {
    const step = this.precinctStep;
    if (step) this.step = wardPicked(step, (event.target as HTMLSelectElement).value);
  }

  private onPrecinctChange(event: Event): void {
    const step = this.precinctStep;
    if (step) this.step = precinctPicked(step, (event.target as HTMLSelectElement).value);
  }

  private onPrecinctSubmit(event: SubmitEvent): void {
    event.preventDefault();
    const step = this.precinctStep;
    if (!step) return;
    const next = precinctSubmitted(step, this.chambers);
    if (next.kind === 'precinct' && next.problem) {
      this.step = next;
      this.announce(precinctProblemText(next.problem));
      return;
    }
    this.show(next);
  }

  private async onAddressSubmit(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const step = this.precinctStep;
    const endpoint = this.partner.endpoint;
    if (!step || !endpoint) return;
    if (this.address.trim()) this.announce(msg('Looking up your address…'));
    const pair = await this.addressLookup.run(endpoint, this.address.slice(0, ADDRESS_MAX), step.split.municipality, step.split.pairs);
    if (pair) {
      this.address = '';
      this.show(districtsFound(step, pair, this.chambers));
    } else if (this.addressLookup.status === 'error') {
      this.announce(addressProblemText(this.addressLookup.problem));
    }
  }

  /**
   * The consent line says nothing is sent unless the reader presses the button: Enter in the
   * field moves to the button (which names the server) instead of sending.
   */
  private onAddressKeydown(event: KeyboardEvent): void {
    if (event.key !== 'Enter' || event.isComposing) return;
    event.preventDefault();
    this.renderRoot.querySelector<HTMLButtonElement>('.address button[type="submit"]')?.focus();
  }

  // Results ---------------------------------------------------------------------------------

  /** Moves to the next step; results also tell the page (sca-lookup) and the screen reader. */
  private show(next: Step): void {
    this.goTo(next);
    if (next.kind !== 'results') return;
    this.fire(new ScaLookupEvent({ method: next.method, districts: lookupDistricts(next) }));
    const people = next.districts.flatMap((district) => (district.member ? [district.member.name] : []));
    this.announce(msg(str`Found your legislators: ${this.bidi(formatList(this.language.locale, people))}.`));
  }

  /** The results step, or nothing when the reader has moved on (a late click or copy). */
  private get resultsStep(): Extract<Step, { kind: 'results' }> | null {
    return this.step.kind === 'results' ? this.step : null;
  }

  private changeCard(district: District, change: Partial<CardState>): void {
    const step = this.resultsStep;
    if (step) this.step = cardChanged(step, district, change);
  }

  /**
   * Unicode isolation (FSI … PDI) of an inserted name or the reader's own words, in every
   * language: English names keep their order in Arabic sentences, and a right-to-left or
   * override character in what the reader typed cannot reverse the rest of an English sentence.
   */
  private readonly bidi = (text: string): string => `\u2068${text}\u2069`;

  /** `sca-action`, and its deprecated 0.1 name `sca-contact` until 0.3. */
  private emitAction(district: District, channel: ContactChannel): void {
    const detail = this.contactDetail(district, channel);
    this.fire(new ScaActionEvent(detail));
    this.fire(new ScaContactEvent({ ...detail }));
  }

  /** The events are documented with @fires above (the manifest reads those). */
  private fire(event: Event): void {
    this.dispatchEvent(event);
  }

  private contactDetail(district: District, channel: ContactChannel): ActionDetail {
    return { channel, chamber: district.chamber, district: district.name, legislator: district.member?.name ?? '' };
  }

  private async copy(district: District, text: string, copiedMessage: Message): Promise<void> {
    this.emitAction(district, 'copy');
    const copied = await copyText(text);
    const notice = copied ? copiedMessage : () => msg('Copying is blocked here. Select the text and copy it.');
    this.changeCard(district, { notice });
    this.announce(notice());
  }

  private markDone(district: District, outcome: Outcome): void {
    const step = this.resultsStep;
    if (!step) return;
    const detail = this.contactDetail(district, outcome === 'called' ? 'call' : 'email');
    this.changeCard(district, { outcomes: new Set(cardOf(step, district).outcomes).add(outcome) });
    this.fire(new ScaOutcomeEvent({ outcome, chamber: detail.chamber, district: detail.district, legislator: detail.legislator }));
    this.announce(msg('Thank you! Offices count every call and email.'));
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>(`#thanks-${district.index}`)?.focus());
  }

  private async share(): Promise<void> {
    const outcome = await shareLink(document.title, location.href);
    if (this.step.kind !== 'outside') return;
    const notice =
      outcome === 'shared'
        ? () => msg('Thank you for sharing.')
        : outcome === 'copied'
          ? () => msg('Link copied. Paste it in a message to friends in Massachusetts.')
          : outcome === 'cancelled'
            ? null
            : () => msg('Sharing is blocked here. Copy the page address from your browser.');
    this.step = { kind: 'outside', notice };
    if (notice) this.announce(notice());
  }

  private startOver(): void {
    this.resetTownStep();
    this.address = '';
    this.addressLookup.reset();
    this.goTo(startOver());
  }

  // Rendering -------------------------------------------------------------------------------

  override render() {
    return html`
      <div class="root" part="container" lang=${this.language.locale} dir=${this.language.dir}>
        <button class="button open" part="button" type="button" aria-haspopup="dialog" @click=${() => void this.open()}>
          ${this.partner.label || msg('Contact your legislator')}
        </button>
        <dialog part="dialog" aria-labelledby="dialog-title" @close=${this.onDialogClose}>
          <div class="dialog-body">
            <div class="dialog-header">
              <h2 id="dialog-title">${msg('Contact your legislators')}</h2>
              <button class="button secondary close" type="button" aria-label=${msg('Close')} @click=${() => this.close()}>
                <span aria-hidden="true">×</span>
              </button>
            </div>
            ${this.language.renderPickerIf(this.languagePicker, 'language')}
            <div class="visually-hidden" role="status" aria-live="polite">${this.announcer.text}</div>
            ${this.renderStep(this.step)}
          </div>
        </dialog>
      </div>
    `;
  }

  private renderStep(step: Step) {
    switch (step.kind) {
      case 'town':
        return this.renderTownStep(step);
      case 'precinct':
        return this.renderPrecinctStep(step);
      case 'results':
        return this.renderResults(step);
      case 'outside':
        return this.renderOutside(step);
    }
  }

  private officialLink() {
    return html`<span class="official"
      >${msg(html`You can also use the official <a href=${FIND_MY_LEGISLATOR_URL} target="_blank" rel="noopener noreferrer">Find My Legislator page</a>.`)}</span
    >`;
  }

  /**
   * Above every list of legislators once their General Court has ended (the reader's clock, Boston
   * time): most members are re-elected, so the list stays, but the official page comes first.
   */
  private renderStaleNotice() {
    if (!this.stale) return nothing;
    return html`<div class="stale" role="note">
      <p>
        <strong>${msg(str`A new Legislature took office on ${formatDate(this.language.locale, GENERAL_COURT.ends)}.`)}</strong>
        ${msg(str`This list is from the ${sessionLabel()} session and may be out of date.`)}
      </p>
      <p>
        <a class="button" href=${FIND_MY_LEGISLATOR_URL} target="_blank" rel="noopener noreferrer"
          >${msg('Check who represents you now on the official Find My Legislator page')}</a
        >
      </p>
    </div>`;
  }

  private renderTownStep(step: Extract<Step, { kind: 'town' }>) {
    const active = this.activeIndex >= 0 ? `town-option-${this.activeIndex}` : undefined;
    return html`
      <form class="step" novalidate @submit=${this.onTownSubmit}>
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
            maxlength=${TOWN_MAX}
            aria-autocomplete="list"
            aria-controls="town-list"
            aria-expanded=${this.listOpen ? 'true' : 'false'}
            aria-activedescendant=${(this.listOpen && active) || nothing}
            aria-describedby="town-hint town-error"
            aria-invalid=${step.problem ? 'true' : 'false'}
            .value=${this.townText}
            @input=${this.onTownInput}
            @keydown=${this.onTownKeydown}
            @blur=${this.closeList}
          />
          <ul id="town-list" role="listbox" aria-label=${msg('Cities and towns')} ?hidden=${!this.listOpen}>
            ${this.townMatches.map(
              (match, index) => html`
                <li
                  id="town-option-${index}"
                  role="option"
                  aria-selected=${index === this.activeIndex ? 'true' : 'false'}
                  @mousedown=${(event: Event) => event.preventDefault()}
                  @click=${() => this.chooseMatch(match)}
                >
                  ${match.label}${match.via ? html` <span class="via">(${match.municipality})</span>` : nothing}
                </li>
              `,
            )}
          </ul>
        </div>
        <div id="town-error" class="error">${step.problem ? this.renderTownProblem(step.problem) : nothing}</div>
        <div class="actions">
          <button class="button" type="submit">${msg('Find my legislators')}</button>
          <button class="link-button" type="button" @click=${() => this.goTo(leftMassachusetts())}>
            ${msg('I don’t live in Massachusetts')}
          </button>
        </div>
      </form>
    `;
  }

  private renderPrecinctStep(step: Extract<Step, { kind: 'precinct' }>) {
    const { split, ward: chosenWard, precinct: chosenPrecinct, problem } = step;
    const precincts = split.hasWards ? (chosenWard ? split.precinctsByWard.get(chosenWard) ?? [] : []) : split.precinctsByWard.get(NO_WARD) ?? [];
    return html`
      <form class="step" novalidate @submit=${this.onPrecinctSubmit}>
        <h3 tabindex="-1" data-step-focus>${msg(str`${this.bidi(split.municipality)} has more than one district`)}</h3>
        <p class="hint" id="precinct-hint">
          ${split.hasWards ? msg('Choose your ward and precinct.') : msg('Choose your precinct.')}
          ${msg(html`They are on your voter registration card, or you can look them up on the state’s <a href=${WHERE_DO_I_VOTE_URL} target="_blank" rel="noopener noreferrer">Where do I vote? page</a>.`)}
        </p>
        <div class="fields">
          ${split.hasWards
            ? html`<div class="field">
                <label for="ward">${msg('Ward')}</label>
                <select
                  id="ward"
                  aria-describedby="precinct-hint precinct-error"
                  aria-invalid=${problem && !chosenWard ? 'true' : 'false'}
                  @change=${this.onWardChange}
                >
                  <option value="">${msg('Choose a ward')}</option>
                  ${split.wards.map((ward) => html`<option value=${ward} ?selected=${ward === chosenWard}>${ward}</option>`)}
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
              @change=${this.onPrecinctChange}
            >
              <option value="">${msg('Choose a precinct')}</option>
              ${precincts.map((label) => html`<option value=${label} ?selected=${label === chosenPrecinct}>${label}</option>`)}
            </select>
          </div>
        </div>
        <div id="precinct-error" class="error">${problem ? precinctProblemText(problem) : nothing}</div>
        <div class="actions">
          <button class="button" type="submit">${msg('Show my legislators')}</button>
          <button class="button secondary" type="button" aria-expanded=${step.unsure ? 'true' : 'false'} @click=${() => (this.step = unsureToggled(step))}>
            ${msg('I’m not sure')}
          </button>
          <button class="link-button" type="button" @click=${this.startOver}>${msg('Change town')}</button>
        </div>
      </form>
      ${step.unsure ? this.renderUnsure(step) : nothing}
    `;
  }

  private renderUnsure(step: Extract<Step, { kind: 'precinct' }>) {
    const { split } = step;
    const list = (districts: readonly District[]) => html`<ul class="candidates">
      ${districts.map((district) =>
        district.member
          ? html`<li>
              <button class="link-button candidate" type="button" @click=${() => this.show(candidateChosen(step, district))}>
                <span><strong>${district.member.name}</strong> · <bdi>${district.name}</bdi></span>
              </button>
            </li>`
          : html`<li class="vacant-candidate"><strong>${msg('Vacant seat')}</strong> · <bdi>${district.name}</bdi></li>`,
      )}
    </ul>`;
    return html`
      <section class="unsure" aria-labelledby="unsure-title">
        <h3 id="unsure-title">${msg(str`Who represents ${this.bidi(split.municipality)}`)}</h3>
        ${this.renderStaleNotice()}
        <p>${msg('If you recognize your representative or senator, choose them to call or email.')}</p>
        <p>${msg('Your representative is one of these:')}</p>
        ${list(split.candidates.house)}
        <p>${split.candidates.senate.length === 1 ? msg('Your senator is:') : msg('Your senator is one of these:')}</p>
        ${list(split.candidates.senate)}
        <p>${this.officialLink()}</p>
        ${this.endpointAllowed ? this.renderAddress() : nothing}
      </section>
    `;
  }

  private renderAddress() {
    const host = this.partner.endpoint?.host ?? '';
    return html`
      <form class="address" novalidate @submit=${this.onAddressSubmit}>
        <label for="address">${msg('Street address')}</label>
        <p class="consent" id="address-consent">
          ${msg(str`To find your districts, your address and town will be sent to ${this.bidi(host)}. Nothing is sent unless you press the button.`)}
        </p>
        <input
          id="address"
          type="text"
          autocomplete="address-line1"
          maxlength=${ADDRESS_MAX}
          aria-describedby="address-consent address-error"
          aria-invalid=${this.addressLookup.status === 'error' ? 'true' : 'false'}
          .value=${this.address}
          @input=${(event: InputEvent) => (this.address = (event.target as HTMLInputElement).value)}
          @keydown=${this.onAddressKeydown}
        />
        <div id="address-error" class="error">
          ${this.addressLookup.status === 'error' ? html`${addressProblemText(this.addressLookup.problem)} ${this.officialLink()}` : nothing}
        </div>
        <button class="button" type="submit" ?disabled=${this.addressLookup.status === 'loading'}>
          ${this.addressLookup.status === 'loading' ? msg('Looking up…') : msg(str`Send my address to ${this.bidi(host)}`)}
        </button>
      </form>
    `;
  }

  private renderResults(step: Extract<Step, { kind: 'results' }>) {
    const asOf = formatDate(this.language.locale, LEGISLATORS_AS_OF);
    return html`
      <div class="step">
        <h3 tabindex="-1" data-step-focus>${msg('Your legislators')}</h3>
        ${this.renderStaleNotice()}
        <p class="reason">${describeReason(step.reason, this.bidi)}</p>
        <ul class="cards">
          ${step.districts.map((district) => this.renderLegislator(step, district))}
        </ul>
        <p class="as-of">
          ${msg(str`Phone numbers and emails as of ${asOf}.`)}
          <a href=${safeLink(this.reportUrl) ?? FIND_MY_LEGISLATOR_URL} target="_blank" rel="noopener noreferrer">${msg('Report a wrong number')}</a>
        </p>
        <div class="actions">
          <button class="link-button" type="button" @click=${this.startOver}>${msg('Start over')}</button>
        </div>
      </div>
    `;
  }

  private renderLegislator(step: Extract<Step, { kind: 'results' }>, district: District) {
    const card = cardOf(step, district);
    const pair = step.reason.kind === 'chosen' ? null : step.reason.pair;
    const title = district.chamber === 'house' ? msg('State Representative') : msg('State Senator');
    const member = district.member;
    if (!member) {
      const other = pair?.[district.chamber === 'house' ? 'senate' : 'house'];
      return html`
        <li class="card vacant" part="legislator">
          <h4>${title}: ${msg('vacant seat')}</h4>
          <p>
            ${this.stale
              ? msg(str`The ${this.bidi(district.name)} seat was vacant in the ${sessionLabel()} session.`)
              : msg(str`The ${this.bidi(district.name)} seat is vacant right now, so there is no one to contact there.`)}
            ${other?.member
              ? district.chamber === 'house'
                ? msg(str`Please contact your senator, ${this.bidi(other.member.name)}, instead.`)
                : msg(str`Please contact your representative, ${this.bidi(other.member.name)}, instead.`)
              : nothing}
          </p>
        </li>
      `;
    }
    const bills = this.bills;
    const context: MessageContext = {
      town: step.town?.municipality ?? '',
      billHouse: bills.billHouse,
      billSenate: bills.billSenate,
      cosponsors: bills.cosponsors,
      organization: this.partner.organization,
      templates: this.partner.templates,
    };
    const messages = buildMessages(member, context);
    const translated = this.language.locale === 'en' ? null : buildMessages(member, context, readerLanguage());
    const meaning = (field: 'call' | 'voicemail', text: string | undefined) =>
      translated && text && !isOverridden(context, messages.stance, field)
        ? html`<p class="meaning-label">${msg('What this means:')}</p>
            <p class="meaning" part="meaning">${text}</p>`
        : nothing;
    const emailChoice = translated && !isOverridden(context, messages.stance, 'emailBody');
    const ownLanguage = emailChoice && card.emailInReaderLanguage;
    const email = ownLanguage ? translated : messages;
    const outcomes = card.outcomes;
    // Every card has "Call", "Email", "I called": each names its legislator for screen readers.
    const who = `legislator-${district.index}`;
    return html`
      <li class="card" part="legislator">
        <h4 id=${who}>${member.name}</h4>
        <p class="meta">${title} · <bdi>${district.name}</bdi>${member.party ? ` · ${partyName(member.party)}` : ''}</p>
        ${this.stale ? html`<p class="session">${msg(str`In office in the ${sessionLabel()} session`)}</p>` : nothing}
        ${messages.stance === 'thank' ? html`<p class="stance">${msg('Already a co-sponsor: thank them and ask for a vote.')}</p>` : nothing}
        <div class="actions">
          ${messages.tel
            ? html`<a class="button" href=${messages.tel} aria-describedby=${who} @click=${() => this.emitAction(district, 'call')}
                >${msg('Call')} <span dir="ltr">${member.phone}</span></a
              >`
            : email.mailto
              ? html`<p class="no-phone">${msg('No office phone is listed. Please email instead.')}</p>`
              : html`<p class="no-contact">${msg('This office’s phone and email are not published yet.')} ${this.officialLink()}</p>`}
          ${email.mailto
            ? html`<a class="button ${messages.tel ? 'secondary' : ''}" href=${email.mailto} aria-describedby=${who} @click=${() => this.emitAction(district, 'email')}
                >${msg('Email')}</a
              >`
            : nothing}
        </div>
        ${messages.tel
          ? html`<details>
              <summary>${msg('What to say on the phone')}</summary>
              ${translated ? html`<p class="interpreter">${msg('Say this in English. If you need to, ask the office for an interpreter.')}</p>` : nothing}
              <p class="script" part="script" lang="en" dir="ltr">${messages.call}</p>
              ${meaning('call', translated?.call)}
              <p class="script-label">${msg('If you get voicemail:')}</p>
              <p class="script" part="script" lang="en" dir="ltr">${messages.voicemail}</p>
              ${meaning('voicemail', translated?.voicemail)}
              <button class="button secondary" type="button" aria-describedby=${who} @click=${() => this.copy(district, messages.call, () => msg('Call script copied.'))}>
                ${msg('Copy call script')}
              </button>
            </details>`
          : nothing}
        <details>
          <summary>${msg('Email text')}</summary>
          ${emailChoice
            ? html`<fieldset class="email-language">
                <legend>${msg('Write the email in')}</legend>
                ${(['en', this.language.locale] as const).map(
                  (locale) => html`<label class="choice">
                    <input
                      type="radio"
                      name="email-language-${district.index}"
                      .checked=${(locale !== 'en') === ownLanguage}
                      @change=${() => this.changeCard(district, { emailInReaderLanguage: locale !== 'en' })}
                    />
                    <span lang=${locale}>${nativeName(locale)}</span>
                  </label>`,
                )}
              </fieldset>`
            : nothing}
          <p class="script-label">${msg('Subject:')} <span lang=${ownLanguage ? this.language.locale : 'en'}>${email.emailSubject}</span></p>
          <p class="script email" part="script" lang=${ownLanguage ? this.language.locale : 'en'} dir=${ownLanguage ? this.language.dir : 'ltr'}>${email.emailBody}</p>
          <button
            class="button secondary"
            type="button"
            aria-describedby=${who}
            @click=${() => this.copy(district, `${email.emailSubject}\n\n${email.emailBody}`, () => msg('Email copied.'))}
          >
            ${msg('Copy email')}
          </button>
        </details>
        ${card.notice
          ? html`<p class="notice">${card.notice()}</p>`
          : nothing}
        <div class="outcome">
          ${outcomes.size
            ? html`<p class="thanks" id="thanks-${district.index}" tabindex="-1">
                ${outcomes.has('called') ? msg('Thank you for calling!') : msg('Thank you for emailing!')}
              </p>`
            : html`<span class="outcome-label">${msg('Done?')}</span>`}
          ${messages.tel && !outcomes.has('called')
            ? html`<button class="button secondary" type="button" aria-describedby=${who} @click=${() => this.markDone(district, 'called')}>${msg('I called')}</button>`
            : nothing}
          ${outcomes.has('emailed')
            ? nothing
            : html`<button class="button secondary" type="button" aria-describedby=${who} @click=${() => this.markDone(district, 'emailed')}>${msg('I emailed')}</button>`}
        </div>
      </li>
    `;
  }

  private renderOutside(step: Extract<Step, { kind: 'outside' }>) {
    return html`
      <div class="step">
        <h3 tabindex="-1" data-step-focus>${msg('You can still help')}</h3>
        <p>
          ${msg('The Safe Communities Act is a Massachusetts bill, so only Massachusetts legislators vote on it.')}
          ${msg('Share this page with friends and family who live in Massachusetts.')}
        </p>
        <p class="notice" ?hidden=${!step.notice}>${step.notice?.() ?? nothing}</p>
        <div class="actions">
          <button class="button" type="button" @click=${this.share}>${msg('Share this page')}</button>
          <button class="link-button" type="button" @click=${this.startOver}>${msg('Back')}</button>
        </div>
      </div>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'sca-contact': SafeCommunitiesContact;
  }
}
