import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { localized } from '@lit/localize';
import { explainerCopy, type ProvisionContent, type Question } from '../../content/provisions.js';
import { mergeProvisions } from '../../content/overrides.js';
import { cleanAll, safeText, shown, textConverter } from '../../content/partner-text.js';
import { explainerStyles } from './explainer.styles.js';
import { PROVISION_ATTRIBUTES, SafeCommunitiesProvision } from './provision.js';
import { LocaleController } from '../../i18n/locale-controller.js';
import { WarnOnce } from '../../content/warn-once.js';
import { AfterFirstPaint } from '../after-first-paint.js';

export type ExplainerLayout = 'cards' | 'accordion' | 'list';
export type Theme = 'light' | 'dark' | 'auto';

const LAYOUTS: readonly ExplainerLayout[] = ['cards', 'accordion', 'list'];

function clampLevel(value: unknown): number {
  const level = typeof value === 'number' ? value : Number(safeText(value) || NaN);
  return Number.isInteger(level) ? Math.min(6, Math.max(2, level)) : 2;
}

/**
 * Explains the three protections of the Safe Communities Act, why each matters, and common
 * questions, in a layout that fits the host page.
 *
 * @tagname sca-explainer
 * @summary The three provisions of the Safe Communities Act, explained.
 *
 * @slot intro - Replaces the short introduction under the title.
 * @slot footer - Content after the common questions, such as the partner's own call to action.
 *
 * @csspart container - The outer box that holds everything.
 * @csspart title - The widget's title.
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
 * @csspart footer - The footer wrapper around the footer slot.
 * @csspart language-picker - The language switcher (with `language-picker`).
 *
 * @cssprop [--sca-color-accent=#1f4fbf (dark #8db4ff)] - Number badges, the compliance bar and other accents.
 * @cssprop [--sca-color-on-accent=#ffffff (dark #0b1220)] - Text drawn on the accent color.
 * @cssprop [--sca-color-text=#1c2129 (dark #e8ecf2)] - Body and heading text.
 * @cssprop [--sca-color-muted=#515a66 (dark #a9b3c1)] - Secondary text such as labels.
 * @cssprop [--sca-color-surface=#ffffff (dark #141a22)] - The widget's background.
 * @cssprop [--sca-color-surface-alt=#f2f5f9 (dark #1d2530)] - Card backgrounds.
 * @cssprop [--sca-color-border=#8a94a3 (dark #6b7686)] - Card and divider lines.
 * @cssprop [--sca-color-focus=#1f4fbf (dark #8db4ff)] - The keyboard focus ring.
 * @cssprop [--sca-color-danger=#b3261e (dark #ffb4ab)] - An invalid field, in the field styles the language switcher shares with the dialog (the switcher itself is never invalid).
 * @cssprop [--sca-focus-width=3px] - The keyboard focus ring's width.
 * @cssprop [--sca-font-family=inherit] - Font; by default the host page's.
 * @cssprop [--sca-font-size=medium] - Base text size (the reader's browser default, usually 16px); everything scales from it.
 * @cssprop [--sca-radius=0.5em] - Corner radius of the widget and its cards.
 * @cssprop [--sca-space=1em] - Spacing unit; gaps and padding are multiples of it.
 */
@localized()
export class SafeCommunitiesExplainer extends LitElement {
  static override styles = explainerStyles;

  /** How the provisions are arranged: a responsive grid of cards, an accordion, or a plain list. */
  @property({ reflect: true, converter: textConverter }) layout: ExplainerLayout = 'cards';

  /** Color theme: `light`, `dark`, or `auto` to follow the reader's system setting. */
  @property({ reflect: true, converter: textConverter }) theme: Theme = 'light';

  /** Level of the widget's title (2 to 6) so it fits the host page's outline; sections go one level below. */
  @property({ attribute: 'heading-level', type: Number }) headingLevel = 2;

  /**
   * Replaces the introduction with the partner's own text (rendered as text, never HTML).
   * @default the built-in introduction
   */
  @property() intro = '';

  /** Removes the common-questions section. */
  @property({ attribute: 'hide-faq', type: Boolean }) hideFaq = false;

  /** Shows a small language switcher; the choice applies to every widget on the page. */
  @property({ attribute: 'language-picker', type: Boolean }) languagePicker = false;

  /**
   * The languages the partner offers, e.g. `en es pt-BR` (spaces or commas): the picker and the
   * automatic choice keep to them. Unset, every language but the previews (km, kea). The page
   * has one language, so where widgets list different languages it offers those all of them list.
   * @default every language but the previews: en es pt-BR ht zh-Hans zh-Hant vi ar ru
   */
  @property() languages: string | string[] = '';

  /**
   * Replacement text for provisions: an array of `{ number: 1 | 2 | 3, title?, what?, why? }`.
   * Children `<sca-provision>` elements are read too; this property wins where both are set.
   * @default none: the built-in text
   */
  @property({ attribute: false }) provisions: unknown = undefined;

  @state() private expanded = new Set<string>();

  /** The common questions come one frame after the provisions (after-first-paint.ts). */
  private readonly questions = new AfterFirstPaint(this, () => !this.language.pending);

  /** Bumped when `<sca-provision>` children change so their text is read again. */
  @state() private childrenVersion = 0;

  private readonly language = new LocaleController(this, () => this.languages);
  private readonly childObserver = new MutationObserver(() => this.childrenVersion++);
  private readonly warnings = new WarnOnce('sca-explainer');

  override connectedCallback(): void {
    super.connectedCallback();
    // Attributes of the <sca-provision> children only: the element's own reflected attributes re-render anyway.
    this.childObserver.observe(this, {
      childList: true,
      subtree: true,
      characterData: true,
      attributeFilter: [...PROVISION_ATTRIBUTES],
    });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.childObserver.disconnect();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('layout') && !LAYOUTS.includes(this.layout)) {
      console.warn(`<sca-explainer>: layout ${shown(this.layout)} is not one of ${LAYOUTS.join(', ')}; showing cards.`);
    }
  }

  private get effectiveLayout(): ExplainerLayout {
    return LAYOUTS.includes(this.layout) ? this.layout : 'cards';
  }

  private currentProvisions(defaults: ProvisionContent[]): ProvisionContent[] {
    const fromChildren = [...this.querySelectorAll('sca-provision')]
      .filter((child): child is SafeCommunitiesProvision => child instanceof SafeCommunitiesProvision)
      .map((child) => child.toOverride());
    const fromProperty = this.provisions === undefined ? [] : this.provisions;
    const overrides = Array.isArray(fromProperty) ? [...fromChildren, ...fromProperty] : fromProperty;
    const { provisions, problems } = mergeProvisions(defaults, overrides);
    problems.push(...this.partnerIntro.problems);
    this.warnings.report(problems, 'the default text is shown where an override is not usable');
    return provisions;
  }

  /** The partner's intro, cleaned (src/content/partner-text.ts): invisible counts as none, long is cut. */
  private get partnerIntro() {
    const { clean, problems } = cleanAll({ intro: this.intro });
    return { text: clean.intro, problems };
  }

  protected override async getUpdateComplete(): Promise<boolean> {
    const complete = await super.getUpdateComplete();
    return (await this.questions.whenShown()) ? super.getUpdateComplete() : complete;
  }

  private toggle(key: string): void {
    const expanded = new Set(this.expanded);
    if (expanded.has(key)) expanded.delete(key);
    else expanded.add(key);
    this.expanded = expanded;
  }

  override render() {
    if (this.language.pending) return this.language.renderPending();
    const copy = explainerCopy();
    const level = clampLevel(this.headingLevel);
    const layout = this.effectiveLayout;
    const provisions = this.currentProvisions(copy.provisions);
    return html`
      <section
        class="root ${layout}"
        part="container"
        aria-labelledby="title"
        lang=${this.language.locale}
        dir=${this.language.dir}
      >
        ${this.language.renderNotice()} ${this.language.renderPickerIf(this.languagePicker, 'language')}
        <div class="title" id="title" part="title" role="heading" aria-level=${level}>${copy.title}</div>
        <div class="intro" part="intro"><slot name="intro"><p>${this.partnerIntro.text || copy.intro}</p></slot></div>
        <ol class="provisions" part="provisions">
          ${provisions.map((provision) =>
            layout === 'accordion'
              ? this.renderAccordionItem(provision, level + 1, copy.whatLabel, copy.whyLabel)
              : this.renderProvision(provision, level + 1, copy.whatLabel, copy.whyLabel),
          )}
        </ol>
        <p class="compliance" part="compliance">${copy.compliance}</p>
        ${this.hideFaq || !this.questions.shown ? nothing : this.renderQuestions(copy.questionsTitle, copy.questions, level + 1)}
        <div part="footer"><slot name="footer"></slot></div>
      </section>
    `;
  }

  private renderBody(provision: ProvisionContent, whatLabel: string, whyLabel: string) {
    return html`
      <div class="body" part="body">
        <p><span class="label" part="label">${whatLabel}</span>${provision.what}</p>
        <p><span class="label" part="label">${whyLabel}</span>${provision.why}</p>
      </div>
    `;
  }

  private renderProvision(provision: ProvisionContent, level: number, whatLabel: string, whyLabel: string) {
    return html`
      <li class="provision" part="provision">
        <div class="heading" part="provision-title" role="heading" aria-level=${Math.min(level, 6)}>
          <span class="number" part="number">${provision.number}</span>
          <span>${provision.title}</span>
        </div>
        ${this.renderBody(provision, whatLabel, whyLabel)}
      </li>
    `;
  }

  private renderAccordionItem(provision: ProvisionContent, level: number, whatLabel: string, whyLabel: string) {
    const key = `provision-${provision.number}`;
    return html`
      <li class="provision" part="provision">
        ${this.renderDisclosure(
          key,
          level,
          'provision-title',
          html`<span class="number" part="number">${provision.number}</span>
            <span class="toggle-text">${provision.title}</span>`,
          this.renderBody(provision, whatLabel, whyLabel),
        )}
      </li>
    `;
  }

  /** The WAI-ARIA disclosure pattern: a heading wrapping a button that shows and hides its panel. */
  private renderDisclosure(key: string, level: number, headingPart: string, label: unknown, panel: unknown) {
    const open = this.expanded.has(key);
    return html`
      <div class="heading" part=${headingPart} role="heading" aria-level=${Math.min(level, 6)}>
        <button
          class="toggle"
          part="toggle"
          type="button"
          id="${key}-toggle"
          aria-expanded=${open ? 'true' : 'false'}
          aria-controls="${key}-panel"
          @click=${() => this.toggle(key)}
        >
          ${label}<span class="chevron" aria-hidden="true"></span>
        </button>
      </div>
      <div class="panel" id="${key}-panel" ?hidden=${!open}>
        ${panel}
      </div>
    `;
  }

  private renderQuestions(title: string, questions: Question[], level: number) {
    return html`
      <section class="faq" part="faq" aria-labelledby="faq-title">
        <div class="faq-title" id="faq-title" role="heading" aria-level=${Math.min(level, 6)}>${title}</div>
        <ul class="questions">
          ${questions.map(
            (item, index) => html`
              <li class="question" part="question">
                ${this.renderDisclosure(
                  `question-${index + 1}`,
                  level + 1,
                  'question-title',
                  html`<span class="toggle-text">${item.question}</span>`,
                  html`<p>${item.answer}</p>`,
                )}
              </li>
            `,
          )}
        </ul>
      </section>
    `;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'sca-explainer': SafeCommunitiesExplainer;
  }
}
