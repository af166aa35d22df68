/**
 * Text from a partner's page (attributes, properties, JSON) made safe to show, encode and send:
 * well-formed UTF-16 (a lone surrogate makes encodeURIComponent throw), without explicit bidi
 * embeddings, overrides or isolates (they would reverse the text after them), of bounded length
 * (a megabyte-long bill number takes seconds to lay out), and "missing" when nothing in it is
 * visible (a label of spaces or zero-width characters would be an empty, nameless button).
 */

/** A label, bill number, name, intro or provision text. */
export const TEXT_LIMIT = 2_000;
/** A call script, voicemail or email template. */
export const TEMPLATE_LIMIT = 10_000;

const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069]/g;
/**
 * Characters that show nothing: white space, controls, soft hyphen, zero-width and joiner
 * characters, word joiners and invisible operators, variation selectors, the byte-order mark and
 * the Hangul fillers.
 */
const INVISIBLE = /^[\s\p{Cc}\p{Cf}\u00AD\u034F\u115F\u1160\u17B4\u17B5\u180B-\u180F\u2000-\u200F\u2028-\u202F\u205F-\u206F\u3000\u3164\uFE00-\uFE0F\uFEFF\uFFA0]*$/u;

/** Lone surrogates replaced by U+FFFD, as String.prototype.toWellFormed does. */
export function wellFormed(text: string): string {
  return text.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD');
}

/** Whether a value is text with something visible in it. */
export function isVisibleText(value: unknown): value is string {
  return typeof value === 'string' && !INVISIBLE.test(value);
}

export interface CleanText {
  /** The text to use, or null when there is none (not text, or nothing visible). */
  text: string | null;
  /** The text was longer than the limit and was cut. */
  cut: boolean;
}

export function cleanText(value: unknown, limit = TEXT_LIMIT): CleanText {
  if (typeof value !== 'string') return { text: null, cut: false };
  // Work on a bounded piece: a megabyte value costs no more than a long one (the slack keeps
  // room for the controls and white space removed below).
  const piece = value.length > 2 * limit + 64 ? value.slice(0, 2 * limit + 64) : value;
  if (!isVisibleText(piece)) return { text: null, cut: false };
  const text = wellFormed(piece).replace(BIDI_CONTROLS, '').trim();
  if (!isVisibleText(text)) return { text: null, cut: false };
  if (text.length <= limit) return { text, cut: piece !== value };
  return { text: wellFormed(text.slice(0, limit)), cut: true };
}

/**
 * Cleans named partner values at once and words what happened, for one console warning:
 * a value that is set but invisible is missing, a long one is cut.
 */
export function cleanAll<K extends string>(values: Record<K, unknown>, limits: Partial<Record<K, number>> = {}): { clean: Record<K, string>; problems: string[] } {
  const clean = {} as Record<K, string>;
  const problems: string[] = [];
  for (const name of Object.keys(values) as K[]) {
    const raw = values[name];
    const limit = limits[name] ?? TEXT_LIMIT;
    const { text, cut } = cleanText(raw, limit);
    clean[name] = text ?? '';
    if (cut) problems.push(`"${name}" is longer than ${limit.toLocaleString('en-US')} characters: cut to that length.`);
    else if (text === null && typeof raw === 'string' && raw !== '') problems.push(`"${name}" has no visible text: the default is used.`);
  }
  return { clean, problems };
}

/**
 * A property that should hold text, as text: a page script can set any value, and an object
 * without a usable toString (Object.create(null), one whose toString throws) must not reach a
 * template or setAttribute, where converting it throws and leaves the widget blank.
 */
export function safeText(value: unknown): string {
  return typeof value === 'string' ? value : typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint' ? String(value) : '';
}

/** How a bad value is named in a console warning, without converting it. */
export function shown(value: unknown): string {
  return typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean' ? JSON.stringify(value) : `(${value === null ? 'null' : typeof value})`;
}

/** For reflected text properties: the attribute is written from safeText, never from the raw value. */
export const textConverter = {
  fromAttribute: (value: string | null) => value,
  toAttribute: (value: unknown) => safeText(value),
};
