/**
 * One legislator's card: who they are, call and email with the script, and "Done?". A plain
 * template, not a custom element: its ARIA references (`aria-describedby` naming the legislator)
 * stay in the dialog's shadow root, two versions of the script on one page cannot share one
 * version's card, and the public `legislator`, `script` and `meaning` parts need no `exportparts`.
 * What the card remembers (its notice, what the reader did, the email's language) is its
 * CardState in the results step (flow.ts), which a new lookup replaces whole.
 */
import { html, nothing } from 'lit';
import { msg, str } from '@lit/localize';
import type { District, DistrictPair, Legislator } from '../../../lookup/index.js';
import { buildMessages, isOverridden, type MessageContext } from '../../../contact/messages.js';
import { readerLanguage } from '../../../content/scripts.js';
import { nativeName, type Locale } from '../../../i18n/language.js';
import type { CardState } from '../flow.js';
import type { ContactChannel, Outcome } from '../events.js';
import { bidi, officialLink, partyName, sessionLabel } from '../texts.js';

export interface CardView {
  locale: Locale;
  dir: 'ltr' | 'rtl';
  stale: boolean;
  /** The scripts' town, bill numbers, co-sponsors, organization and templates. */
  context: MessageContext;
  /** The town's House and Senate districts, when known: a vacant card points to the other one. */
  pair: DistrictPair | null;
}

export interface CardActions {
  /** Call, email or copy was chosen (the element fires `sca-action`). */
  action(district: District, channel: ContactChannel): void;
  copy(district: District, text: string, copied: () => string): void | Promise<void>;
  done(district: District, outcome: Outcome): void;
  change(district: District, change: Partial<CardState>): void;
}

export const thanksId = (district: District) => `thanks-${district.index}`;

export function legislatorCard(district: District, card: CardState, view: CardView, actions: CardActions) {
  const member = district.member;
  return member ? memberCard(district, member, card, view, actions) : vacantCard(district, view);
}

const title = (district: District) => (district.chamber === 'house' ? msg('State Representative') : msg('State Senator'));

function vacantCard(district: District, view: CardView) {
  const other = view.pair?.[district.chamber === 'house' ? 'senate' : 'house'];
  return html`
    <li class="card vacant" part="legislator">
      <h4>${title(district)}: ${msg('vacant seat')}</h4>
      <p>
        ${view.stale
          ? msg(str`The ${bidi(district.name)} seat was vacant in the ${sessionLabel()} session.`)
          : msg(str`The ${bidi(district.name)} seat is vacant right now, so there is no one to contact there.`)}
        ${other?.member
          ? district.chamber === 'house'
            ? msg(str`Please contact your senator, ${bidi(other.member.name)}, instead.`)
            : msg(str`Please contact your representative, ${bidi(other.member.name)}, instead.`)
          : nothing}
      </p>
    </li>
  `;
}

function memberCard(district: District, member: Legislator, card: CardState, view: CardView, actions: CardActions) {
  const { context } = view;
  const messages = buildMessages(member, context);
  const translated = view.locale === 'en' ? null : buildMessages(member, context, readerLanguage(), view.dir);
  const meaning = (field: 'call' | 'voicemail', text: string | undefined) =>
    translated && text && !isOverridden(context, messages.stance, field)
      ? html`<p class="meaning-label">${msg('What this means:')}</p>
          <p class="meaning" part="meaning">${text}</p>`
      : nothing;
  const emailChoice = translated && !isOverridden(context, messages.stance, 'emailBody');
  const ownLanguage = Boolean(emailChoice && card.emailInReaderLanguage);
  const email = ownLanguage && translated ? translated : messages;
  const emailLang = ownLanguage ? view.locale : 'en';
  const { outcomes } = card;
  // Every card has "Call", "Email", "I called": each names its legislator for screen readers.
  const who = `legislator-${district.index}`;
  return html`
    <li class="card" part="legislator">
      <h4 id=${who}>${member.name}</h4>
      <p class="meta">${title(district)} · <bdi>${district.name}</bdi>${member.party ? ` · ${partyName(member.party)}` : ''}</p>
      ${view.stale ? html`<p class="session">${msg(str`In office in the ${sessionLabel()} session`)}</p>` : nothing}
      ${messages.stance === 'thank' ? html`<p class="stance">${msg('Already a co-sponsor: thank them and ask for a vote.')}</p>` : nothing}
      <div class="actions">
        ${messages.tel
          ? html`<a class="button" href=${messages.tel} aria-describedby=${who} @click=${() => actions.action(district, 'call')}
              >${msg('Call')} <span dir="ltr">${member.phone}</span></a
            >`
          : email.mailto
            ? html`<p class="no-phone">${msg('No office phone is listed. Please email instead.')}</p>`
            : html`<p class="no-contact">${msg('This office’s phone and email are not published yet.')} ${officialLink()}</p>`}
        ${email.mailto
          ? html`<a class="button ${messages.tel ? 'secondary' : ''}" href=${email.mailto} aria-describedby=${who} @click=${() => actions.action(district, 'email')}
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
            <button class="button secondary" type="button" aria-describedby=${who} @click=${() => actions.copy(district, messages.call, () => msg('Call script copied.'))}>
              ${msg('Copy call script')}
            </button>
          </details>`
        : nothing}
      <details>
        <summary>${msg('Email text')}</summary>
        ${emailChoice
          ? html`<fieldset class="email-language">
              <legend>${msg('Write the email in')}</legend>
              ${(['en', view.locale] as const).map(
                (locale) => html`<label class="choice">
                  <input
                    type="radio"
                    name="email-language-${district.index}"
                    .checked=${(locale !== 'en') === ownLanguage}
                    @change=${() => actions.change(district, { emailInReaderLanguage: locale !== 'en' })}
                  />
                  <span lang=${locale}>${nativeName(locale)}</span>
                </label>`,
              )}
            </fieldset>`
          : nothing}
        <p class="script-label">${msg('Subject:')} <span lang=${emailLang}>${email.emailSubject}</span></p>
        <p class="script email" part="script" lang=${emailLang} dir=${ownLanguage ? view.dir : 'ltr'}>${email.emailBody}</p>
        <button
          class="button secondary"
          type="button"
          aria-describedby=${who}
          @click=${() => actions.copy(district, `${email.emailSubject}\n\n${email.emailBody}`, () => msg('Email copied.'))}
        >
          ${msg('Copy email')}
        </button>
      </details>
      ${card.notice ? html`<p class="notice">${card.notice()}</p>` : nothing}
      <div class="outcome">
        ${outcomes.size
          ? html`<p class="thanks" id=${thanksId(district)} tabindex="-1">
              ${outcomes.has('called') ? msg('Thank you for calling!') : msg('Thank you for emailing!')}
            </p>`
          : html`<span class="outcome-label">${msg('Done?')}</span>`}
        ${messages.tel && !outcomes.has('called')
          ? html`<button class="button secondary" type="button" aria-describedby=${who} @click=${() => actions.done(district, 'called')}>${msg('I called')}</button>`
          : nothing}
        ${outcomes.has('emailed')
          ? nothing
          : html`<button class="button secondary" type="button" aria-describedby=${who} @click=${() => actions.done(district, 'emailed')}>${msg('I emailed')}</button>`}
      </div>
    </li>
  `;
}
