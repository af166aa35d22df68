/**
 * Connects a widget element to the page's language: registers it with its partner's `languages`,
 * and gives its template the `lang` and `dir` to set on its root, whether it may show yet (its
 * language is in), the optional picker and the notice when the reader's language failed to load.
 */
import { html, nothing, type LitElement, type ReactiveController } from 'lit';
import { msg } from '@lit/localize';
import { directionOf, LOCALES, nativeName, parseLanguages, type Locale } from './language.js';
import {
  chooseLanguage,
  currentLocale,
  fallbackNotice,
  isNestedWidget,
  languageSettled,
  onMessagesChange,
  pageLocales,
  registerWidget,
  setWidgetLanguages,
  unregisterWidget,
} from './localization.js';

export class LocaleController implements ReactiveController {
  private unsubscribe: (() => void) | null = null;
  private readonly warned = new Set<string>();

  /** @param languages the partner's `languages` (attribute text or JSON array), read at every update. */
  constructor(
    private readonly host: LitElement,
    private readonly languages: () => unknown = () => undefined,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.unsubscribe = onMessagesChange(() => this.host.requestUpdate());
    // Read now, not at the first update: a language the partner leaves out is never fetched.
    registerWidget(this.host, this.offered());
  }

  hostUpdate(): void {
    setWidgetLanguages(this.host, this.offered());
  }

  hostDisconnected(): void {
    this.unsubscribe?.();
    unregisterWidget(this.host);
  }

  /** The partner's list, each entry that is not one of the widget's languages named once in the console. */
  private offered(): readonly Locale[] | null {
    const { locales, unknown } = parseLanguages(this.languages());
    const fresh = unknown.filter((entry) => !this.warned.has(entry));
    if (fresh.length && !isNestedWidget(this.host)) {
      fresh.forEach((entry) => this.warned.add(entry));
      console.warn(
        `<${this.host.localName}>: languages ${fresh.map((entry) => JSON.stringify(entry)).join(', ')} ${fresh.length === 1 ? 'is not a language' : 'are not languages'} of the widget (${LOCALES.join(', ')}); ignored.`,
      );
    }
    return locales;
  }

  /**
   * A select keeps the option a reader once picked even when `selected` attributes change, so
   * after a switch made elsewhere (another picker, the page's lang) its value is set directly.
   */
  hostUpdated(): void {
    const picker = this.host.renderRoot.querySelector<HTMLSelectElement>('.language-picker select');
    if (picker) picker.value = this.locale;
  }

  get locale(): Locale {
    return currentLocale();
  }

  get dir(): 'rtl' | 'ltr' {
    return directionOf(this.locale);
  }

  /**
   * True until the reader's language is in (at most three seconds): the element renders only
   * `renderPending()`, an empty box that keeps a place on the page, so a reader about to read
   * Spanish never sees English first, and the content is built once, in Spanish.
   */
  get pending(): boolean {
    return !languageSettled();
  }

  /** The empty, busy box shown while pending; `.root[aria-busy]` in the element's styles sizes it. */
  renderPending() {
    return html`<div class="root" part="container" aria-busy="true"></div>`;
  }

  /** A small labelled select, each language named in itself, of the languages the page offers. */
  renderPicker(id: string) {
    const current = this.locale;
    return html`<div class="language-picker" part="language-picker">
      <label for=${id}>${msg('Language')}</label>
      <select
        id=${id}
        @change=${(event: Event) => void chooseLanguage((event.target as HTMLSelectElement).value as Locale)}
      >
        ${pageLocales().map(
          (locale) =>
            html`<option value=${locale} lang=${locale} ?selected=${locale === current}>${nativeName(locale)}</option>`,
        )}
      </select>
    </div>`;
  }

  renderPickerIf(show: boolean, id: string) {
    return show ? this.renderPicker(id) : nothing;
  }

  /** "This could not be shown in Spanish…", in Spanish, on the outer widget only (and in every dialog). */
  renderNotice(inDialog = false) {
    const notice = fallbackNotice();
    if (!notice || (!inDialog && isNestedWidget(this.host))) return nothing;
    return html`<p class="language-notice" part="language-notice" role="note" lang=${notice.locale} dir=${directionOf(notice.locale)}>
      ${notice.text}
    </p>`;
  }
}
