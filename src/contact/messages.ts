/**
 * What a reader says to or sends one legislator: the call script, a short voicemail, and an
 * email as a ready `mailto:` link. Pure: no DOM, no network.
 */
import type { Legislator } from '../lookup/index.js';
import { fillTemplate } from '../lookup/index.js';
import { cleanText, TEMPLATE_LIMIT, wellFormed } from '../content/partner-text.js';
import { ENGLISH, type MessageLanguage, type MessageTemplates, type Stance } from '../content/scripts.js';

export interface MessageContext {
  /** The reader's municipality. */
  town: string;
  /** Bill or amendment numbers per chamber, e.g. "H.2580"; empty for none. */
  billHouse?: string;
  billSenate?: string;
  /** Member codes of co-sponsors (any case). */
  cosponsors?: readonly string[];
  organization?: string;
  /** Partner replacements, per stance; a field left out keeps the default. */
  templates?: Partial<Record<Stance, Partial<MessageTemplates>>>;
}

export interface Messages {
  stance: Stance;
  call: string;
  voicemail: string;
  emailSubject: string;
  emailBody: string;
  /** `mailto:` with subject and body, or null when the legislator has no email. */
  mailto: string | null;
  /** `tel:` with the capitol phone, or null when none is listed. */
  tel: string | null;
}

export function stanceOf(legislator: Legislator, cosponsors: readonly string[] = []): Stance {
  const code = legislator.code.toUpperCase();
  return cosponsors.some((candidate) => candidate.trim().toUpperCase() === code) ? 'thank' : 'ask';
}

/** A name ending in Chinese or Japanese script (《安全社区法案》) takes full-width brackets, with no space. */
const WIDE_END = /[\u3000-\u30ff\u3400-\u9fff\uff00-\uffef]$/;

export function billText(number: string | undefined, billName = ENGLISH.billName): string {
  const trimmed = number?.trim();
  if (!trimmed) return billName;
  return WIDE_END.test(billName) ? `${billName}（${trimmed}）` : `${billName} (${trimmed})`;
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
  legislator: Legislator,
  context: MessageContext,
  language: MessageLanguage = ENGLISH,
  direction: 'ltr' | 'rtl' = 'ltr',
): Messages {
  const stance = stanceOf(legislator, context.cosponsors);
  const defaults = language.templates[stance];
  const templates = language === ENGLISH ? withOverrides(defaults, context.templates?.[stance]) : defaults;
  const values = {
    title: language.titles[legislator.chamber],
    name: legislator.name,
    lastName: lastNameOf(legislator.name),
    district: legislator.district,
    town: context.town,
    bill: billText(cleanText(legislator.chamber === 'house' ? context.billHouse : context.billSenate).text ?? '', language.billName),
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
    mailto: legislator.email ? mailtoLink(legislator.email, emailSubject, emailBody) : null,
    tel: legislator.phone ? `tel:+1-${legislator.phone}` : null,
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
