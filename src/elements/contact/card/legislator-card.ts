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
import type { District, DistrictPair, Office } from '../../../lookup/index.js';
import { buildMessages, isOverridden, type MessageContext, type Recipient, type Role } from '../../../contact/messages.js';
import { DEFAULT_ASK, english, readerLanguage, type TargetKind } from '../../../content/scripts.js';
import { nativeName, type Locale } from '../../../i18n/language.js';
import { safeLink } from '../../../content/config.js';
import type { CardState } from '../flow.js';
import type { ContactChannel, Outcome } from '../events.js';
import { bidi, officialLink, partyName, sessionLabel } from '../texts.js';
import { committeeGloss, officeTitle, thankLine, webFormLink, webFormNote } from './roles.js';

export interface CardView {
  locale: Locale;
  dir: 'ltr' | 'rtl';
  stale: boolean;
  /** The scripts' ask, town, bill and amendment numbers, co-sponsors, organization and templates. */
  context: MessageContext;
  /** The town's House and Senate districts, when known: a vacant card points to the other one. */
  pair: DistrictPair | null;
}

/** Someone a card is for: a legislator (the seat's member) or the governor. */
export interface Person extends Recipient {
  readonly party: string;
  /** Where the office takes email through a web form instead (the governor's). */
  readonly webform?: string;
  /** A district office's phone, offered as a second number (no claim about its hours). */
  readonly districtPhone?: string | null;
}

/** One card: the reader's own legislator, or an extra target of `also-contact`. */
export interface CardTarget {
  /** The card's key in the results step: its district's index, or -1 for the governor. */
  readonly key: number;
  readonly kind: TargetKind;
  /** The seat of a legislator; null for the governor. */
  readonly district: District | null;
  /** The seat's member or the governor; null for a vacant seat. */
  readonly person: Person | null;
  /** The offices the partner named that this person holds: their card says so, and their script asks for what it can do. */
  readonly offices: readonly Office[];
}

export const GOVERNOR_KEY = -1;

export interface CardActions {
  /** Call, email or copy was chosen (the element fires `sca-action`). */
  action(target: CardTarget, channel: ContactChannel): void;
  copy(target: CardTarget, text: string, copied: () => string): void | Promise<void>;
  done(target: CardTarget, outcome: Outcome): void;
  change(target: CardTarget, change: Partial<CardState>): void;
}

export const thanksId = (target: CardTarget) => `thanks-${target.key < 0 ? 'governor' : target.key}`;

export function legislatorCard(target: CardTarget, card: CardState, view: CardView, actions: CardActions) {
  return target.person ? personCard(target, target.person, card, view, actions) : target.district ? vacantCard(target.district, view) : nothing;
}

const title = (district: District) => (district.chamber === 'house' ? msg('State Representative') : msg('State Senator'));

/** The script a card uses: the office's the partner named, else its kind's (the ask's for the reader's own). */
export function roleOf(target: CardTarget): Role {
  const office = target.offices[0];
  if (!office) return { kind: target.kind };
  switch (office.kind) {
    case 'speaker':
      return { kind: 'leadership', title: 'speaker' };
    case 'senate-president':
      return { kind: 'leadership', title: 'president' };
    case 'governor':
      return { kind: 'governor' };
    case 'committee':
      return { kind: 'committee', committee: office.committee.name };
  }
}

/** Where the committee's name goes in its translated title, split out to be an element of its own. */
const NAME_MARK = '\uE000';

/**
 * "Chair of the Joint Committee on …", with what kind of committee it is in the reader's language.
 * The committee's name stays English inside the translated sentence, so it is marked `lang="en"`
 * for screen readers to say it in English (WCAG 3.1.2) and isolated as a `<bdi>`.
 */
function officeLine(office: Office, locale: Locale) {
  if (office.kind === 'governor') return nothing;
  if (office.kind !== 'committee') return html`<p class="role">${officeTitle(office)}</p>`;
  const parts = officeTitle(office, () => NAME_MARK).split(NAME_MARK);
  // A translation without the name (the build refuses one) would lose it: the sentence as text then.
  const title = parts.length === 2 ? html`${parts[0]}<bdi lang="en">${office.committee.name}</bdi>${parts[1]}` : officeTitle(office);
  if (locale === 'en') return html`<p class="role">${title}</p>`;
  // In an expression, since the template minifier would drop a space before the span; Chinese
  // takes full-width brackets and no space, as around the bill number.
  const what = committeeGloss(office.committee.chamber);
  const gloss = html`<span class="gloss">${locale.startsWith('zh') ? `（${what}）` : ` (${what})`}</span>`;
  return html`<p class="role">${title}${gloss}</p>`;
}

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

function personCard(target: CardTarget, member: Person, card: CardState, view: CardView, actions: CardActions) {
  const { context } = view;
  const { district } = target;
  const ask = context.ask ?? DEFAULT_ASK;
  const role = roleOf(target);
  const messages = buildMessages(member, context, english(ask), 'ltr', role);
  const translated = view.locale === 'en' ? null : buildMessages(member, context, readerLanguage(ask), view.dir, role);
  // A partner's templates replace the ask's scripts only: a translation of the default would not match them.
  const overridden = (field: 'call' | 'voicemail' | 'emailBody') => role.kind === 'own' && isOverridden(context, messages.stance, field);
  const meaning = (field: 'call' | 'voicemail', text: string | undefined) =>
    translated && text && !overridden(field)
      ? html`<p class="meaning-label">${msg('What this means:')}</p>
          <p class="meaning" part="meaning">${text}</p>`
      : nothing;
  const emailChoice = translated && !overridden('emailBody');
  const ownLanguage = Boolean(emailChoice && card.emailInReaderLanguage);
  const email = ownLanguage && translated ? translated : messages;
  const emailLang = ownLanguage ? view.locale : 'en';
  const webform = !email.mailto ? safeLink(member.webform) : null;
  const { outcomes } = card;
  // Every card has "Call", "Email", "I called": each names its person for screen readers.
  const who = `legislator-${target.key < 0 ? 'governor' : target.key}`;
  const governor = target.offices.find((office) => office.kind === 'governor');
  return html`
    <li class="card" part="legislator" data-target=${target.kind}>
      <h4 id=${who}>${member.name}</h4>
      <p class="meta">
        ${district ? html`${title(district)} · <bdi>${district.name}</bdi>` : governor ? officeTitle(governor) : nothing}${member.party ? ` · ${partyName(member.party)}` : ''}
      </p>
      ${target.offices.map((office) => officeLine(office, view.locale))}
      ${view.stale && target.kind === 'own' ? html`<p class="session">${msg(str`In office in the ${sessionLabel()} session`)}</p>` : nothing}
      ${messages.stance === 'thank' ? html`<p class="stance">${thankLine(ask)}</p>` : nothing}
      <div class="actions">
        ${messages.tel
          ? html`<a class="button" href=${messages.tel} aria-describedby=${who} @click=${() => actions.action(target, 'call')}
              >${msg('Call')} <span class="number" dir="ltr">${member.phone}</span></a
            >`
          : email.mailto || webform
            ? html`<p class="no-phone">${msg('No office phone is listed. Please email instead.')}</p>`
            : html`<p class="no-contact">${msg('This office’s phone and email are not published yet.')} ${officialLink()}</p>`}
        ${email.mailto && email.mailtoHasBody
          ? html`<a class="button ${messages.tel ? 'secondary' : ''}" href=${email.mailto} aria-describedby=${who} @click=${() => actions.action(target, 'email')}
              >${msg('Email')}</a
            >`
          : email.mailto
            ? html`<a
                class="button ${messages.tel ? 'secondary' : ''}"
                href=${email.mailto}
                aria-describedby="${who} long-${who}"
                @click=${() => {
                  actions.action(target, 'email');
                  void actions.copy(target, email.emailBody, () => msg('Email copied. Paste it into the new email.'));
                }}
                >${msg('Copy the email and open it')}</a
              >`
          : webform
            ? html`<a class="button ${messages.tel ? 'secondary' : ''}" href=${webform} target="_blank" rel="noopener noreferrer" aria-describedby=${who} @click=${() => actions.action(target, 'email')}
                >${webFormLink()}</a
              >`
            : nothing}
      </div>
      ${messages.tel && member.districtPhone
        ? html`<p class="second-number">
            <a href=${`tel:+1-${member.districtPhone}`} aria-describedby=${who} @click=${() => actions.action(target, 'call')}
              >${msg('Call the district office')} <span class="number" dir="ltr">${member.districtPhone}</span></a
            >
          </p>`
        : nothing}
      ${email.mailto && !email.mailtoHasBody
        ? html`<p class="hint" id="long-${who}">${msg('This email is too long for some mail programs, so the button copies it: paste it into the new email that opens.')}</p>`
        : nothing}
      ${messages.tel
        ? html`<details>
            <summary>${msg('What to say on the phone')}</summary>
            ${translated ? html`<p class="interpreter">${msg('Say this in English. If you need to, ask the office for an interpreter.')}</p>` : nothing}
            <p class="script" part="script" lang="en" dir="ltr">${messages.call}</p>
            ${meaning('call', translated?.call)}
            <p class="script-label">${msg('If you get voicemail:')}</p>
            <p class="script" part="script" lang="en" dir="ltr">${messages.voicemail}</p>
            ${meaning('voicemail', translated?.voicemail)}
            <button class="button secondary" type="button" aria-describedby=${who} @click=${() => actions.copy(target, messages.call, () => msg('Call script copied.'))}>
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
                    name="email-language-${who}"
                    .checked=${(locale !== 'en') === ownLanguage}
                    @change=${() => actions.change(target, { emailInReaderLanguage: locale !== 'en' })}
                  />
                  <span lang=${locale}>${nativeName(locale)}</span>
                </label>`,
              )}
            </fieldset>`
          : nothing}
        ${webform ? html`<p class="hint">${webFormNote()}</p>` : nothing}
        <p class="script-label">${msg('Subject:')} <span lang=${emailLang}>${email.emailSubject}</span></p>
        <p class="script email" part="script" lang=${emailLang} dir=${ownLanguage ? view.dir : 'ltr'}>${email.emailBody}</p>
        <button
          class="button secondary"
          type="button"
          aria-describedby=${who}
          @click=${() => actions.copy(target, `${email.emailSubject}\n\n${email.emailBody}`, () => msg('Email copied.'))}
        >
          ${msg('Copy email')}
        </button>
      </details>
      ${card.notice ? html`<p class="notice">${card.notice()}</p>` : nothing}
      <div class="outcome">
        ${outcomes.size
          ? html`<p class="thanks" id=${thanksId(target)} tabindex="-1">
              ${outcomes.has('called') ? msg('Thank you for calling!') : msg('Thank you for emailing!')}
            </p>`
          : html`<span class="outcome-label">${msg('Done?')}</span>`}
        ${messages.tel && !outcomes.has('called')
          ? html`<button class="button secondary" type="button" aria-describedby=${who} @click=${() => actions.done(target, 'called')}>${msg('I called')}</button>`
          : nothing}
        ${outcomes.has('emailed')
          ? nothing
          : html`<button class="button secondary" type="button" aria-describedby=${who} @click=${() => actions.done(target, 'emailed')}>${msg('I emailed')}</button>`}
      </div>
    </li>
  `;
}
