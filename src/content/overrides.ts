/**
 * Merges a partner's provision overrides into the default copy.
 *
 * Overrides arrive from markup or from a property set by hand-written page scripts, so nothing
 * about their shape can be trusted. Anything malformed is dropped with a reason the element
 * reports once; the default text stays, so a typo never leaves a blank card.
 */
import type { ProvisionContent, ProvisionNumber, ProvisionOverride } from './provisions.js';
import { cleanText, TEXT_LIMIT } from './partner-text.js';

const TEXT_FIELDS = ['title', 'what', 'why'] as const;

export interface MergeResult {
  provisions: ProvisionContent[];
  problems: string[];
}

function isProvisionNumber(value: unknown): value is ProvisionNumber {
  return value === 1 || value === 2 || value === 3;
}

function validate(candidate: unknown, index: number, problems: string[]): ProvisionOverride | null {
  const where = `provision override #${index + 1}`;
  if (typeof candidate !== 'object' || candidate === null || Array.isArray(candidate)) {
    problems.push(`${where} is not an object; ignored.`);
    return null;
  }
  const record = candidate as Record<string, unknown>;
  const number = typeof record.number === 'string' ? Number(record.number) : record.number;
  if (!isProvisionNumber(number)) {
    problems.push(`${where} has number ${JSON.stringify(record.number)}; expected 1, 2 or 3. Ignored.`);
    return null;
  }
  const override: ProvisionOverride = { number };
  for (const [key, value] of Object.entries(record)) {
    if (key === 'number') continue;
    if (!(TEXT_FIELDS as readonly string[]).includes(key)) {
      problems.push(`${where} has unknown key "${key}"; expected ${TEXT_FIELDS.join(', ')}.`);
      continue;
    }
    const { text, cut } = cleanText(value);
    if (text === null) {
      problems.push(`${where} has an empty or non-text "${key}"; the default text is kept.`);
      continue;
    }
    if (cut) problems.push(`${where} has a "${key}" longer than ${TEXT_LIMIT.toLocaleString('en-US')} characters; it is cut to that length.`);
    override[key as (typeof TEXT_FIELDS)[number]] = text;
  }
  return override;
}

export function mergeProvisions(defaults: ProvisionContent[], overrides: unknown): MergeResult {
  const problems: string[] = [];
  if (overrides === undefined || overrides === null) return { provisions: defaults, problems };
  if (!Array.isArray(overrides)) {
    problems.push('provisions must be an array of overrides; the default text is shown.');
    return { provisions: defaults, problems };
  }
  const merged = defaults.map((provision) => ({ ...provision }));
  overrides.forEach((candidate, index) => {
    const override = validate(candidate, index, problems);
    if (override) Object.assign(merged[override.number - 1], override);
  });
  return { provisions: merged, problems };
}
