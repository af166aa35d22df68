/**
 * Partner configuration for `<sca-campaign>`, from a `<script type="application/json">` child or
 * the `config` property. It is checked key by key: an unknown key or a value of the wrong type is
 * named in one warning and left out, so the defaults stay in place. Every text value is rendered
 * as text (Lit bindings), never parsed as HTML.
 */
import type { MessageTemplates, Stance } from './scripts.js';
import { ASKS, askFrom, type Ask } from './asks.js';
import { templatePlaceholders } from '../lookup/template.js';
import { parseCourtNumber } from '../lookup/session.js';
import { LOCALES, parseLanguages } from '../i18n/language.js';
import { cleanText, isVisibleText, TEMPLATE_LIMIT, TEXT_LIMIT } from './partner-text.js';

export interface CampaignConfig {
  intro?: string;
  provisions?: unknown[];
  templates?: Partial<Record<Stance, Partial<MessageTemplates>>>;
  organization?: { name: string; url?: string };
  billHouse?: string;
  billSenate?: string;
  /** What the scripts ask for: see `ask` on `<sca-contact>`. */
  ask?: Ask;
  amendmentHouse?: string;
  amendmentSenate?: string;
  /** Extra people to contact: see `also-contact` on `<sca-contact>`. */
  alsoContact?: string[];
  /** The General Court the bill numbers and co-sponsors belong to, e.g. 194. */
  billSession?: number;
  cosponsors?: string[];
  label?: string;
  /** The languages offered, e.g. ["en", "es", "pt-BR"]; see `languages` on the elements. */
  languages?: string[];
}

export interface ConfigResult {
  config: CampaignConfig;
  problems: string[];
}

const TEMPLATE_FIELDS: ReadonlyArray<keyof MessageTemplates> = ['call', 'voicemail', 'emailSubject', 'emailBody'];
const STANCES: readonly Stance[] = ['ask', 'thank'];

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
/** Text with something visible in it: spaces or zero-width characters alone count as missing. */
export const isText = isVisibleText;

/** The placeholders the message builder fills (src/contact/messages.ts). */
export const TEMPLATE_PLACEHOLDERS = ['title', 'name', 'lastName', 'district', 'town', 'bill', 'amendment', 'organization'] as const;

/** Only web links: a `javascript:` or `data:` URL from a configuration must never become a link. */
export function safeLink(value: unknown, base = 'https://example.invalid/'): string | null {
  if (typeof value !== 'string' || value.trim() === '') return null;
  try {
    const url = new URL(value.trim(), base);
    return url.protocol === 'https:' || url.protocol === 'http:' ? value.trim() : null;
  } catch {
    return null;
  }
}

type Check = (value: unknown, key: string, problems: string[]) => unknown;

/** Partner text, cleaned (src/content/partner-text.ts); a cut is kept and named. */
function checkedText(value: unknown, key: string, problems: string[], limit = TEXT_LIMIT): string | undefined {
  const { text, cut } = cleanText(value, limit);
  if (text === null) problems.push(`"${key}" must be non-empty text.`);
  else if (cut) problems.push(`"${key}" is longer than ${limit.toLocaleString('en-US')} characters: cut to that length.`);
  return text ?? undefined;
}

const text: Check = (value, key, problems) => checkedText(value, key, problems);

const CHECKS: Record<keyof CampaignConfig, Check> = {
  intro: text,
  label: text,
  billHouse: text,
  billSenate: text,
  ask: (value, key, problems) => {
    const ask = askFrom(value);
    if (ask) return ask;
    problems.push(`"${key}" must be one of ${ASKS.map((ask) => `"${ask}"`).join(', ')}.`);
    return undefined;
  },
  amendmentHouse: text,
  amendmentSenate: text,
  alsoContact: (value, key, problems) => {
    if (Array.isArray(value) && value.every(isText)) return value.map((token) => cleanText(token).text!);
    problems.push(`"${key}" must be an array of people to contact, like ["speaker", "committee:J22", "governor"].`);
    return undefined;
  },
  billSession: (value, key, problems) => {
    const number = parseCourtNumber(value);
    if (number === null) problems.push(`"${key}" must be a General Court number, like 194 (2025–2026).`);
    return number ?? undefined;
  },
  provisions: (value, key, problems) => {
    // Each entry is validated by the explainer, which reports its own problems.
    if (Array.isArray(value)) return value;
    problems.push(`"${key}" must be an array of { number, title, what, why }.`);
    return undefined;
  },
  cosponsors: (value, key, problems) => {
    if (Array.isArray(value) && value.every(isText)) return value.map((code) => cleanText(code).text!);
    problems.push(`"${key}" must be an array of member codes, like ["ALS1"].`);
    return undefined;
  },
  organization: (value, key, problems) => {
    const nameProblems: string[] = [];
    const name = isRecord(value) && Object.hasOwn(value, 'name') ? checkedText(value.name, `${key}.name`, nameProblems) : undefined;
    if (!isRecord(value) || name === undefined) {
      problems.push(`"${key}" must be { "name": "...", "url": "https://..." }.`);
      return undefined;
    }
    problems.push(...nameProblems);
    for (const extra of Object.keys(value).filter((field) => field !== 'name' && field !== 'url')) {
      problems.push(`"${key}.${extra}" is not a known key.`);
    }
    if (!Object.hasOwn(value, 'url')) return { name };
    const url = safeLink(value.url);
    if (!url) problems.push(`"${key}.url" must be an http or https address.`);
    return url ? { name, url } : { name };
  },
  templates: (value, key, problems) => checkTemplates(value, key, problems),
  languages: (value, key, problems) => {
    const { locales, unknown } = parseLanguages(Array.isArray(value) || typeof value === 'string' ? value : []);
    if (!Array.isArray(value) && typeof value !== 'string') problems.push(`"${key}" must be an array of language tags, like ["en", "es", "pt-BR"].`);
    else if (unknown.length) problems.push(`"${key}" lists ${unknown.map((entry) => JSON.stringify(entry)).join(', ')}, not among the widget's languages (${LOCALES.join(', ')}).`);
    return locales ?? undefined;
  },
};

/** `{ ask: {...}, thank: {...} }` from a partner: known stances and fields only, each cleaned. */
export function checkTemplates(value: unknown, key: string, problems: string[]): Partial<Record<Stance, Partial<MessageTemplates>>> | undefined {
    if (!isRecord(value)) {
      problems.push(`"${key}" must be { "ask": {...}, "thank": {...} }.`);
      return undefined;
    }
    const templates: Partial<Record<Stance, Partial<MessageTemplates>>> = {};
    for (const [stance, fields] of Object.entries(value)) {
      if (!(STANCES as readonly string[]).includes(stance) || !isRecord(fields)) {
        problems.push(`"${key}.${stance}" is not a known stance (ask, thank) with template fields.`);
        continue;
      }
      const checked: Partial<MessageTemplates> = {};
      for (const [field, template] of Object.entries(fields)) {
        if (!(TEMPLATE_FIELDS as readonly string[]).includes(field)) {
          problems.push(`"${key}.${stance}.${field}" is not a known template (${TEMPLATE_FIELDS.join(', ')}).`);
        } else if (!isText(template)) {
          problems.push(`"${key}.${stance}.${field}" must be non-empty text.`);
        } else {
          const cleaned = checkedText(template, `${key}.${stance}.${field}`, problems, TEMPLATE_LIMIT)!;
          // Kept, since an unknown {placeholder} stays visible to the reader rather than vanishing.
          const unknown = templatePlaceholders(cleaned).filter((name) => !(TEMPLATE_PLACEHOLDERS as readonly string[]).includes(name));
          if (unknown.length) {
            problems.push(`"${key}.${stance}.${field}" uses unknown placeholders ${unknown.map((name) => `{${name}}`).join(', ')} (known: ${TEMPLATE_PLACEHOLDERS.map((name) => `{${name}}`).join(', ')}).`);
          }
          checked[field as keyof MessageTemplates] = cleaned;
        }
      }
      templates[stance as Stance] = checked;
    }
    return templates;
  }

export function parseCampaignConfig(raw: unknown): ConfigResult {
  const problems: string[] = [];
  const config: CampaignConfig = {};
  if (raw === undefined || raw === null) return { config, problems };
  if (!isRecord(raw)) return { config, problems: ['the configuration must be a JSON object.'] };
  for (const [key, value] of Object.entries(raw)) {
    // Own keys only: "constructor" or "__proto__" must not find Object.prototype's members.
    const check = Object.hasOwn(CHECKS, key) ? CHECKS[key as keyof CampaignConfig] : undefined;
    if (!check) {
      problems.push(`"${key}" is not a known key (${Object.keys(CHECKS).join(', ')}).`);
      continue;
    }
    const checked = check(value, key, problems);
    if (checked !== undefined) (config as Record<string, unknown>)[key] = checked;
  }
  return { config, problems };
}

/** Reads the JSON of a `<script type="application/json">`; a syntax error is a problem, not a crash. */
export function readJsonConfig(source: string | null): ConfigResult {
  if (source === null || source.trim() === '') return { config: {}, problems: [] };
  try {
    return parseCampaignConfig(JSON.parse(source));
  } catch (error) {
    return { config: {}, problems: [`the JSON configuration cannot be read: ${(error as Error).message}`] };
  }
}
