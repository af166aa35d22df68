/**
 * Connects a widget element to the page's language: registers it so its `lang` is considered,
 * and gives its template the `lang` and `dir` to set on its root, plus the optional picker.
 */
import { html, nothing, type LitElement, type ReactiveController } from 'lit';
import { msg } from '@lit/localize';
import { directionOf, LOCALES, nativeName, type Locale } from './language.js';
import { chooseLanguage, currentLocale, registerWidget, unregisterWidget } from './localization.js';

export class LocaleController implements ReactiveController {
  constructor(private readonly host: LitElement) {
    host.addController(this);
  }

  hostConnected(): void {
    registerWidget(this.host);
  }

  hostDisconnected(): void {
    unregisterWidget(this.host);
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

  /** A small labelled select, each language named in itself. */
  renderPicker(id: string) {
    const current = this.locale;
    return html`<div class="language-picker" part="language-picker">
      <label for=${id}>${msg('Language')}</label>
      <select
        id=${id}
        @change=${(event: Event) => void chooseLanguage((event.target as HTMLSelectElement).value as Locale)}
      >
        ${LOCALES.map(
          (locale) =>
            html`<option value=${locale} lang=${locale} ?selected=${locale === current}>${nativeName(locale)}</option>`,
        )}
      </select>
    </div>`;
  }

  renderPickerIf(show: boolean, id: string) {
    return show ? this.renderPicker(id) : nothing;
  }
}
