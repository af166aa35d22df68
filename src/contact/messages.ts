/**
 * What a reader says to or sends one legislator: the call script, a short voicemail, and an
 * email as a ready `mailto:` link. Pure: no DOM, no network.
 */
import type { Chamber } from '../lookup/index.js';
import { fillTemplate } from '../lookup/index.js';
import { cleanText, TEMPLATE_LIMIT, wellFormed } from '../content/partner-text.js';
import { english, type Ask, type MessageLanguage, type MessageTemplates, type Stance, type TargetKind } from '../content/scripts.js';

export interface MessageContext {
  /** The reader's municipality. */
  town: string;
  /** What the partner asks for (default `cosponsor`). */
  ask?: Ask;
  /** Bill numbers per chamber, e.g. "H.2580"; empty for none. */
  billHouse?: string;
  billSenate?: string;
  /** Budget-amendment numbers per chamber, e.g. "1031" (shown "Amendment #1031"); empty for none. */
  amendmentHouse?: string;
  amendmentSenate?: string;
  /** Member codes of co-sponsors (any case) of what the ask is about: the bill, or the amendment. */
  cosponsors?: readonly string[];
  organization?: string;
  /** Partner replacements of the ask's scripts, per stance; a field left out keeps the default. */
  templates?: Partial<Record<Stance, Partial<MessageTemplates>>>;
}

/** Whom a message is for: a legislator, or the governor (no chamber, no district). */
export interface Recipient {
  readonly code: string;
  readonly name: string;
  readonly chamber: Chamber | null;
  readonly district: string;
  readonly phone: string | null;
  readonly email: string;
}

/**
 * Which script a card uses: the ask's (`own`), or one per kind of extra target; a reader's own
 * legislator who holds an office the partner named gets that office's script.
 */
export interface Role {
  readonly kind: TargetKind;
  /** For leadership: which title they are addressed by. */
  readonly title?: 'speaker' | 'president';
  /** For a committee chair: the committee's English name. */
  readonly committee?: string;
}
const OWN: Role = { kind: 'own' };

export interface Messages {
  stance: Stance;
  call: string;
  voicemail: string;
  emailSubject: string;
  emailBody: string;
  /**
   * `mailto:` with subject and body, or null when the legislator has no email. Where the body
   * would make the link longer than MAILTO_MAX, the link carries the subject only and
   * `mailtoHasBody` is false: the reader copies the body (some mail programs cut long links).
   */
  mailto: string | null;
  mailtoHasBody: boolean;
  /** `tel:` with the capitol phone, or null when none is listed. */
  tel: string | null;
}

export function stanceOf(recipient: Recipient, cosponsors: readonly string[] = []): Stance {
  const code = recipient.code.toUpperCase();
  return code !== '' && cosponsors.some((candidate) => candidate.trim().toUpperCase() === code) ? 'thank' : 'ask';
}

/** A name ending in Chinese or Japanese script (《安全社区法案》) takes full-width brackets, with no space. */
const WIDE_END = /[\u3000-\u30ff\u3400-\u9fff\uff00-\uffef]$/;

export function billText(number: string | undefined, billName = english().billName): string {
  const trimmed = number?.trim();
  if (!trimmed) return billName;
  return WIDE_END.test(billName) ? `${billName}（${trimmed}）` : `${billName} (${trimmed})`;
}

/** "the Safe Communities Act budget amendment (Amendment #1031)": the number as the partner wrote it, "#" and all or not. */
export function amendmentText(number: string | undefined, language: MessageLanguage = english()): string {
  const trimmed = number?.trim().replace(/^#\s*/, '');
  return billText(trimmed ? fillTemplate(language.amendmentNumber, { number: trimmed }) : '', language.amendmentName);
}

export function lastNameOf(name: string): string {
  const words = name.trim().split(/\s+/);
  // "Jr." and the like are not the name to address someone by.
  while (words.length > 1 && /^(jr|sr|ii|iii|iv)\.?,?$/i.test(words[words.length - 1]!)) words.pop();
  return words[words.length - 1]!.replace(/,$/, '');
}

/**
 * The messages for one legislator in one language: English (the default) for what is said to the
 * office, or the reader's language for the meaning shown beside it. Partner templates replace
 * the English ones only, since partners write what their supporters say to the office.
 */
/**
 * Each line of a right-to-left email between RLI and PDI (U+2067, U+2069): a mail program that
 * shows the text left to right still lays out each paragraph right to left, and a filled-in
 * name, district or bill number ("حضرة النائب Smith،") stays where the sentence puts it.
 */
export function isolateLines(text: string): string {
  return text
    .split('\n')
    .map((line) => (line.trim() ? `\u2067${line}\u2069` : line))
    .join('\n');
}

export function buildMessages(
  recipient: Recipient,
  context: MessageContext,
  language: MessageLanguage = english(context.ask),
  direction: 'ltr' | 'rtl' = 'ltr',
  role: Role = OWN,
): Messages {
  // The reader's own legislators and other members are thanked where they co-sponsor; an
  // officeholder's script is about their office. A member not the reader's own gets the ask's
  // thank-you call and voicemail, and an email that claims no district.
  const stance = role.kind === 'own' || role.kind === 'member' ? stanceOf(recipient, context.cosponsors) : 'ask';
  const defaults =
    role.kind === 'own'
      ? language.templates[stance]
      : role.kind === 'member' && stance === 'thank'
        ? { ...language.templates.thank, emailBody: language.memberThanks[context.ask === 'budget-amendment' ? 'amendment' : 'bill'] }
        : language.targets[role.kind];
  // Partners write what their supporters say to the office, in English, for their ask.
  const templates = language.source && role.kind === 'own' ? withOverrides(defaults, context.templates?.[stance]) : defaults;
  const { titles } = language;
  const title = role.kind === 'governor' ? titles.governor : role.title ? titles[role.title] : recipient.chamber ? titles[recipient.chamber] : '';
  const number = (house: string | undefined, senate: string | undefined) => {
    const chosen = recipient.chamber === 'house' ? [house] : recipient.chamber === 'senate' ? [senate] : [house, senate];
    return chosen.map((value) => cleanText(value).text ?? '').filter(Boolean).join(', ');
  };
  const values = {
    title,
    name: recipient.name,
    lastName: lastNameOf(recipient.name),
    district: recipient.district,
    town: context.town,
    bill: billText(number(context.billHouse, context.billSenate), language.billName),
    amendment: amendmentText(number(context.amendmentHouse, context.amendmentSenate), language),
    committee: role.committee ?? '',
    organization: cleanText(context.organization).text ?? '',
  };
  const isolate = direction === 'rtl' ? isolateLines : (text: string) => text;
  const emailSubject = isolate(fillTemplate(templates.emailSubject, values));
  const emailBody = isolate(fillTemplate(templates.emailBody, values));
  return {
    stance,
    call: fillTemplate(templates.call, values),
    voicemail: fillTemplate(templates.voicemail, values),
    emailSubject,
    emailBody,
    ...mailtoWithin(recipient.email, emailSubject, emailBody),
    tel: recipient.phone ? `tel:+1-${recipient.phone}` : null,
  };
}

/** Whether a partner replaced this field of this stance, so a translation of the default would not match. */
export function isOverridden(context: MessageContext, stance: Stance, field: keyof MessageTemplates): boolean {
  return usableOverride(context.templates?.[stance], field) !== null;
}

function usableOverride(overrides: unknown, field: keyof MessageTemplates): string | null {
  if (typeof overrides !== 'object' || overrides === null || !Object.hasOwn(overrides, field)) return null;
  return cleanText((overrides as Record<string, unknown>)[field], TEMPLATE_LIMIT).text;
}

/**
 * A partner's templates come from a page script; a field that is not non-empty text keeps the
 * default rather than leaving the reader with an empty or broken script.
 */
function withOverrides(defaults: MessageTemplates, overrides: unknown): MessageTemplates {
  const merged = { ...defaults };
  for (const field of Object.keys(defaults) as Array<keyof MessageTemplates>) {
    merged[field] = usableOverride(overrides, field) ?? defaults[field];
  }
  return merged;
}

/**
 * Some mail programs cut `mailto:` links past about 2,000 characters, dropping the end of the
 * email without a word; a reader's language can take 3,600 (every Arabic letter is six).
 */
export const MAILTO_MAX = 2000;

function mailtoWithin(to: string, subject: string, body: string): Pick<Messages, 'mailto' | 'mailtoHasBody'> {
  if (!to) return { mailto: null, mailtoHasBody: false };
  const full = mailtoLink(to, subject, body);
  return full.length <= MAILTO_MAX ? { mailto: full, mailtoHasBody: true } : { mailto: mailtoLink(to, subject, ''), mailtoHasBody: false };
}

/** RFC 6068: every reserved character percent-encoded, line breaks (CR, LF or CRLF) as CRLF. */
export function mailtoLink(to: string, subject: string, body: string): string {
  const encode = (text: string) => encodeURIComponent(wellFormed(text).replace(/\r\n|\r|\n/g, '\r\n'));
  return `mailto:${encode(to).replace('%40', '@')}?subject=${encode(subject)}&body=${encode(body)}`;
}

/** Member codes from a `cosponsors` property set by a page script: an array of codes, or the attribute's text. */
export function codesFrom(value: unknown): string[] {
  if (typeof value === 'string') return parseCodes(value);
  if (!Array.isArray(value)) return [];
  return value.filter((code): code is string => typeof code === 'string').map((code) => code.trim()).filter(Boolean);
}

/** Parses a `cosponsors` attribute: member codes separated by commas (one code has a space). */
export function parseCodes(value: string | null | undefined): string[] {
  return (value ?? '')
    .split(',')
    .map((code) => code.trim())
    .filter(Boolean);
}
