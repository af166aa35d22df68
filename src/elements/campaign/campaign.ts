import { LitElement, html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { localized, msg } from '@lit/localize';
import { readJsonConfig, parseCampaignConfig, safeLink, type CampaignConfig } from '../../content/config.js';
import { cleanText, safeText, textConverter } from '../../content/partner-text.js';
import { codesFrom, parseCodes } from '../../contact/messages.js';
import { LocaleController } from '../../i18n/locale-controller.js';
import { WarnOnce } from '../../content/warn-once.js';
import { AfterFirstPaint } from '../after-first-paint.js';
// The two elements it renders; index.ts registers them.
import '../explainer/explainer.js';
import '../contact/contact.js';
import type { ExplainerLayout, Theme } from '../explainer/explainer.js';
import type { ChamberChoice } from '../contact/contact.js';
import { campaignStyles } from './campaign.styles.js';

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
const CONTACT_PARTS = 'button, dialog, legislator, script, meaning';


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
 *
 * @fires {ScaLookupEvent} sca-lookup - From the contact flow; see `<sca-contact>`.
 * @fires {ScaActionEvent} sca-action - From the contact flow; see `<sca-contact>`.
 * @fires {ScaContactEvent} sca-contact - Deprecated until 0.3: the 0.1 name of `sca-action`; see `<sca-contact>`.
 * @fires {ScaOutcomeEvent} sca-outcome - From the contact flow; see `<sca-contact>`.
 */
@localized()
export class SafeCommunitiesCampaign extends LitElement {
  static override styles = campaignStyles;

  /** The explainer's layout: `cards`, `accordion` or `list`. */
  @property({ reflect: true, converter: textConverter }) accessor layout: ExplainerLayout = 'cards';
  /** Color theme: `light`, `dark` or `auto`. */
  @property({ reflect: true, converter: textConverter }) accessor theme: Theme = 'light';
  /** Level of the explainer's title (2 to 6). */
  @property({ attribute: 'heading-level', type: Number }) accessor headingLevel = 2;
  /** Removes the common questions. */
  @property({ attribute: 'hide-faq', type: Boolean }) accessor hideFaq = false;
  /** Shows the language switcher. */
  @property({ attribute: 'language-picker', type: Boolean }) accessor languagePicker = false;
  /**
   * The languages the partner offers, e.g. `en es pt-BR` (spaces or commas): the picker and the
   * automatic choice keep to them. Unset, the JSON key `languages`, else every language but the previews (km, kea). The page
   * has one language, so where widgets list different languages it offers those all of them list.
   */
  @property() accessor languages: string | string[] = '';
  /** The contact button's text. */
  @property() accessor label = '';
  /** `both`, `house` or `senate`. */
  @property() accessor chamber: ChamberChoice = 'both';
  /** House bill or budget-amendment number. */
  @property({ attribute: 'bill-house' }) accessor billHouse = '';
  /** Senate bill or budget-amendment number. */
  @property({ attribute: 'bill-senate' }) accessor billSenate = '';
  /** The General Court the bill numbers and co-sponsors belong to, e.g. `194`. */
  @property({ attribute: 'bill-session' }) accessor billSession = '';
  /** Member codes of co-sponsors, comma-separated. */
  @property({ converter: { fromAttribute: parseCodes, toAttribute: (codes: string[]) => codes.join(',') } })
  accessor cosponsors: string[] = [];
  /** A partner address-lookup service; see `<sca-contact>`. */
  @property({ attribute: 'lookup-endpoint' }) accessor lookupEndpoint = '';
  /** Where "report a wrong number" leads. */
  @property({ attribute: 'report-url' }) accessor reportUrl = '';
  /** The partner organization's name. */
  @property() accessor organization = '';
  /** The partner organization's web address (http or https only). */
  @property({ attribute: 'organization-url' }) accessor organizationUrl = '';

  /**
   * Partner content as an object: `{ intro, provisions, templates, organization: { name, url },
   * billHouse, billSenate, billSession, cosponsors, label }`. Attributes win where both are set.
   */
  @property({ attribute: false }) accessor config: unknown = undefined;

  @state() private accessor childConfig: CampaignConfig = {};

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
            label=${cleanText(this.label).text ?? config.label ?? ''}
            bill-house=${cleanText(this.billHouse).text ?? config.billHouse ?? ''}
            bill-senate=${cleanText(this.billSenate).text ?? config.billSenate ?? ''}
            bill-session=${cleanText(safeText(this.billSession)).text ?? config.billSession ?? ''}
            lookup-endpoint=${safeText(this.lookupEndpoint)}
            report-url=${safeText(this.reportUrl)}
            organization=${organization}
            .cosponsors=${codesFrom(this.cosponsors).length ? codesFrom(this.cosponsors) : (config.cosponsors ?? [])}
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
