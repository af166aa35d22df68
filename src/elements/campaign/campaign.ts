import { LitElement, html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { localized, msg } from '@lit/localize';
import { readJsonConfig, parseCampaignConfig, safeLink, type CampaignConfig } from '../../content/config.js';
import { cleanText, safeText, textConverter } from '../../content/partner-text.js';
import { codesFrom, parseCodes } from '../../contact/messages.js';
import { parseAlsoContact } from '../../lookup/index.js';
import { LocaleController } from '../../i18n/locale-controller.js';
import { WarnOnce } from '../../content/warn-once.js';
import { AfterFirstPaint } from '../after-first-paint.js';
// The two elements it renders; index.ts registers them.
import '../explainer/explainer.js';
import '../contact/contact.js';
import type { ExplainerLayout, Theme } from '../explainer/explainer.js';
import type { ChamberChoice } from '../contact/contact.js';
import { campaignStyles } from './campaign.styles.js';

/** A list the attribute or property gives, else the JSON key's, read once. */
const ownOr = <T>(own: T[], fromJson: T[] | undefined): T[] => (own.length ? own : (fromJson ?? []));

const EXPLAINER_PARTS = [
  'container: explainer',
  'title',
  'intro',
  'provisions',
  'provision',
  'provision-title',
  'number',
  'body',
  'label',
  'toggle',
  'compliance',
  'faq',
  'question',
  'question-title',
  'footer',
  'language-picker',
].join(', ');
const CONTACT_PARTS = 'button, dialog, legislator, script, meaning, language-picker';


/**
 * An attribute passed on to an inner element as text (safeText): the inner element checks the
 * value and warns; a value that cannot be turned into text must not throw here.
 */
const passOn = <T,>(value: unknown) => safeText(value) as unknown as T;

/**
 * The one-tag embed: the explainer and the contact button together, configured by attributes,
 * a `<script type="application/json">` child, or the `config` property.
 *
 * @tagname sca-campaign
 * @summary The explainer and the "Contact your legislator" button in one element.
 *
 * @csspart container - The outer box.
 * @csspart explainer - The explainer's container; the explainer's other parts are forwarded under their own names.
 * @csspart action - The box around the contact button.
 * @csspart partner - The line naming the partner organization.
 * @csspart title - Forwarded from the explainer, as are the parts below down to `footer`: the explainer's title.
 * @csspart intro - The introduction paragraph.
 * @csspart provisions - The list of the three provisions.
 * @csspart provision - One provision (card, list item or accordion section).
 * @csspart provision-title - A provision's heading.
 * @csspart number - A provision's number badge.
 * @csspart body - A provision's text (what it does and why it matters).
 * @csspart label - The "What it does" / "Why it matters" labels.
 * @csspart toggle - An accordion or question button.
 * @csspart compliance - The note on federal law and police support.
 * @csspart faq - The common-questions section.
 * @csspart question - One common question.
 * @csspart question-title - A common question's heading.
 * @csspart footer - The explainer's footer.
 * @csspart button - Forwarded from the contact element, as are the parts below: the button that opens the dialog.
 * @csspart dialog - The dialog.
 * @csspart legislator - One legislator's card in the results.
 * @csspart script - A call script or email text (in English).
 * @csspart meaning - The meaning of a call script in the reader's language.
 * @csspart language-picker - The language switchers (with `language-picker`): the explainer's and the dialog's, forwarded from both.
 *
 * @fires {ScaLookupEvent} sca-lookup - Districts were found: `{ method, districts: { house, senate } }`. Fired by the inner `<sca-contact>`; it bubbles out of the campaign's shadow root with the campaign as its target.
 * @fires {ScaActionEvent} sca-action - The reader chose to call, email or copy: `{ channel, chamber, district, legislator }`. From the inner `<sca-contact>`, as above.
 * @fires {ScaContactEvent} sca-contact - Deprecated until 0.3: the 0.1 name of `sca-action`, fired right after it with the same detail. Listen to one of them, not both.
 * @fires {ScaOutcomeEvent} sca-outcome - The reader said they called or emailed: `{ outcome, chamber, district, legislator }`. From the inner `<sca-contact>`, as above.
 *
 * @cssprop [--sca-color-accent=#1f4fbf (dark #8db4ff)] - Number badges, the compliance bar, the contact button and other accents.
 * @cssprop [--sca-color-on-accent=#ffffff (dark #0b1220)] - Text drawn on the accent color.
 * @cssprop [--sca-color-text=#1c2129 (dark #e8ecf2)] - Body and heading text.
 * @cssprop [--sca-color-muted=#515a66 (dark #a9b3c1)] - Secondary text such as labels and the partner line.
 * @cssprop [--sca-color-surface=#ffffff (dark #141a22)] - The widget's and the dialog's background.
 * @cssprop [--sca-color-surface-alt=#f2f5f9 (dark #1d2530)] - Card backgrounds and the box around the contact button.
 * @cssprop [--sca-color-border=#8a94a3 (dark #6b7686)] - Card, box and divider lines.
 * @cssprop [--sca-color-focus=#1f4fbf (dark #8db4ff)] - The keyboard focus ring.
 * @cssprop [--sca-color-link=#1f4fbf (dark #8db4ff)] - Links: the partner's name and the dialog's links.
 * @cssprop [--sca-color-danger=#b3261e (dark #ffb4ab)] - The dialog's error messages and invalid fields.
 * @cssprop [--sca-color-success=#1e6b34 (dark #8fd9a0)] - The dialog's confirmations ("copied", "thank you").
 * @cssprop [--sca-focus-width=3px] - The keyboard focus ring's width.
 * @cssprop [--sca-font-family=inherit] - Font; by default the host page's.
 * @cssprop [--sca-font-size=medium] - Base text size (the reader's browser default, usually 16px); everything scales from it.
 * @cssprop [--sca-radius=0.5em] - Corner radius of the widget, its cards and the dialog.
 * @cssprop [--sca-space=1em] - Spacing unit; gaps and padding are multiples of it.
 */
@localized()
export class SafeCommunitiesCampaign extends LitElement {
  static override styles = campaignStyles;

  /** The explainer's layout: `cards`, `accordion` or `list`. */
  @property({ reflect: true, converter: textConverter }) layout: ExplainerLayout = 'cards';
  /** Color theme: `light`, `dark` or `auto`. */
  @property({ reflect: true, converter: textConverter }) theme: Theme = 'light';
  /** Level of the explainer's title (2 to 6). */
  @property({ attribute: 'heading-level', type: Number }) headingLevel = 2;
  /** Removes the common questions. */
  @property({ attribute: 'hide-faq', type: Boolean }) hideFaq = false;
  /** Shows the language switchers: the explainer's, and one in the contact dialog. */
  @property({ attribute: 'language-picker', type: Boolean }) languagePicker = false;
  /**
   * The languages the partner offers, e.g. `en es pt-BR` (spaces or commas): the picker and the
   * automatic choice keep to them. Unset, the JSON key `languages`, else every language but the previews (km, kea). The page
   * has one language, so where widgets list different languages it offers those all of them list.
   * @default JSON "languages", else every language but the previews: en es pt-BR ht zh-Hans zh-Hant vi ar ru
   */
  @property() languages: string | string[] = '';
  /**
   * The contact button's text.
   * @default JSON "label", else "Contact your legislators" ("… representative" / "… senator" with one chamber), in the reader's language
   */
  @property() label = '';
  /** `both`, `house` or `senate`. */
  @property() chamber: ChamberChoice = 'both';
  /**
   * House bill number, e.g. `H.2580`.
   * @default JSON "billHouse", else none (the scripts name the Act without a number)
   */
  @property({ attribute: 'bill-house' }) billHouse = '';
  /**
   * Senate bill number, e.g. `S.1681`.
   * @default JSON "billSenate", else none (the scripts name the Act without a number)
   */
  @property({ attribute: 'bill-senate' }) billSenate = '';
  /**
   * What the scripts ask for: `cosponsor`, `budget-amendment`, `report-out` or `floor-vote`; see `<sca-contact>`.
   * @default JSON "ask", else cosponsor
   */
  @property() ask = '';
  /**
   * House budget-amendment number, e.g. `1031`, for `ask="budget-amendment"`.
   * @default JSON "amendmentHouse", else none
   */
  @property({ attribute: 'amendment-house' }) amendmentHouse = '';
  /**
   * Senate budget-amendment number.
   * @default JSON "amendmentSenate", else none
   */
  @property({ attribute: 'amendment-senate' }) amendmentSenate = '';
  /**
   * More people to contact, comma-separated: `speaker`, `senate-president`, `committee:CODE`, `governor`, `member:CODE`; see `<sca-contact>`.
   * @default JSON "alsoContact", else none
   */
  @property({ attribute: 'also-contact', converter: { fromAttribute: parseAlsoContact, toAttribute: (tokens: string[]) => tokens.join(',') } })
  alsoContact: string[] = [];
  /**
   * The General Court the bill numbers and co-sponsors belong to, e.g. `194`; see `<sca-contact>`.
   * @default JSON "billSession", else the General Court of the widget's data, with a console warning
   */
  @property({ attribute: 'bill-session' }) billSession = '';
  /**
   * Member codes of co-sponsors, comma-separated, e.g. `ALS1`: they get a thank-you script.
   * @default JSON "cosponsors", else none
   */
  @property({ converter: { fromAttribute: parseCodes, toAttribute: (codes: string[]) => codes.join(',') } })
  cosponsors: string[] = [];
  /**
   * A partner address-lookup service (https); see `<sca-contact>`.
   * @default none: no address is ever asked for
   */
  @property({ attribute: 'lookup-endpoint' }) lookupEndpoint = '';
  /**
   * Where "Report a wrong number" leads (http or https).
   * @default https://malegislature.gov/Search/FindMyLegislator
   */
  @property({ attribute: 'report-url' }) reportUrl = '';
  /**
   * The partner organization's name: the "Campaign partner" line and the `{organization}` placeholder.
   * @default JSON "organization.name", else none (no partner line)
   */
  @property() organization = '';
  /**
   * The partner organization's web address (http or https only): the partner's name links to it.
   * @default JSON "organization.url", else none (the name is not a link)
   */
  @property({ attribute: 'organization-url' }) organizationUrl = '';

  /**
   * Partner content as an object: `{ intro, provisions, templates, organization: { name, url },
   * billHouse, billSenate, billSession, cosponsors, ask, amendmentHouse, amendmentSenate,
   * alsoContact, label, languages }`, checked key by key like
   * the JSON child (an unknown key or a wrong type is named in one warning and ignored). Its keys
   * win over the JSON child's; attributes win over both.
   * @default none: the JSON child alone
   */
  @property({ attribute: false }) config: CampaignConfig | undefined = undefined;

  @state() private childConfig: CampaignConfig = {};

  private readonly language = new LocaleController(this, () => (this.languages.length ? this.languages : this.effectiveConfig.languages));
  /** The contact action comes one frame after the explainer's provisions (after-first-paint.ts). */
  private readonly action = new AfterFirstPaint(this, () => !this.language.pending);
  private readonly childObserver = new MutationObserver(() => this.readChildConfig());
  private readonly warnings = new WarnOnce('sca-campaign');

  override connectedCallback(): void {
    // Before super: the JSON's `languages` must be known when the element registers its language.
    this.readChildConfig();
    super.connectedCallback();
    this.childObserver.observe(this, { childList: true, subtree: true, characterData: true });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.childObserver.disconnect();
  }

  private readChildConfig(): void {
    const script = this.querySelector(':scope > script[type="application/json"]');
    const { config, problems } = readJsonConfig(script?.textContent ?? null);
    this.warnings.report(problems, 'ignored in the JSON configuration (the defaults stay in place)');
    this.childConfig = config;
  }

  private get effectiveConfig(): CampaignConfig {
    if (this.config === undefined) return this.childConfig;
    const { config, problems } = parseCampaignConfig(this.config);
    this.warnings.report(problems, 'ignored in the config property (the defaults stay in place)');
    return { ...this.childConfig, ...config };
  }

  override render() {
    if (this.language.pending) return this.language.renderPending();
    const config = this.effectiveConfig;
    const organization = cleanText(this.organization).text ?? config.organization?.name ?? '';
    const organizationUrl = safeLink(this.organizationUrl) ?? config.organization?.url ?? null;
    return html`
      <div class="root" part="container" lang=${this.language.locale} dir=${this.language.dir}>
        ${this.language.renderNotice()}
        <sca-explainer
          exportparts=${EXPLAINER_PARTS}
          layout=${passOn<ExplainerLayout>(this.layout)}
          theme=${passOn<Theme>(this.theme)}
          heading-level=${passOn<number>(this.headingLevel)}
          ?hide-faq=${this.hideFaq}
          ?language-picker=${this.languagePicker}
          .intro=${config.intro ?? ''}
          .provisions=${config.provisions}
        ></sca-explainer>
        ${this.action.shown ? this.renderAction(config, organization, organizationUrl) : nothing}
      </div>
    `;
  }

  protected override async getUpdateComplete(): Promise<boolean> {
    const complete = await super.getUpdateComplete();
    return (await this.action.whenShown()) ? super.getUpdateComplete() : complete;
  }

  private renderAction(config: CampaignConfig, organization: string, organizationUrl: string | null) {
    return html`
        <div class="action" part="action">
          <p>${msg('Ask your state legislators to pass it. It takes a minute.')}</p>
          <sca-contact
            exportparts=${CONTACT_PARTS}
            theme=${passOn<Theme>(this.theme)}
            chamber=${passOn<ChamberChoice>(this.chamber)}
            ?language-picker=${this.languagePicker}
            label=${cleanText(this.label).text ?? config.label ?? ''}
            bill-house=${cleanText(this.billHouse).text ?? config.billHouse ?? ''}
            bill-senate=${cleanText(this.billSenate).text ?? config.billSenate ?? ''}
            bill-session=${cleanText(safeText(this.billSession)).text ?? config.billSession ?? ''}
            ask=${cleanText(this.ask).text ?? config.ask ?? ''}
            amendment-house=${cleanText(this.amendmentHouse).text ?? config.amendmentHouse ?? ''}
            amendment-senate=${cleanText(this.amendmentSenate).text ?? config.amendmentSenate ?? ''}
            .alsoContact=${ownOr(parseAlsoContact(this.alsoContact), config.alsoContact)}
            lookup-endpoint=${safeText(this.lookupEndpoint)}
            report-url=${safeText(this.reportUrl)}
            organization=${organization}
            .cosponsors=${ownOr(codesFrom(this.cosponsors), config.cosponsors)}
            .templates=${config.templates ?? {}}
          ></sca-contact>
        </div>
        ${organization
          ? html`<p class="partner" part="partner">
              ${msg('Campaign partner:')}
              ${organizationUrl
                ? html`<a href=${organizationUrl} target="_blank" rel="noopener noreferrer">${organization}</a>`
                : organization}
            </p>`
          : nothing}
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'sca-campaign': SafeCommunitiesCampaign;
  }
}
