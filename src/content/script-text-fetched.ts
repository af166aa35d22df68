/**
 * The browser bundles' version of script-text.ts (same exports). rollup.config.mjs rewrites the
 * dialog's and the scripts' msg() calls to fetchedMsg(number, [values]). Every language's catalogs
 * key these messages by number ("#12"), so a Spanish reader's dialog needs no English and no ids;
 * the English is in English's JSON parts (dist/catalogs/en.*.json), fetched with the dialog, each
 * with the integrity hash the build wrote into the entry: the scripts' parts by every reader (the
 * reader says them in English), the dialog's part where the dialog shows in English.
 */
import { msg } from '@lit/localize';
import { CATALOGS, CATALOGS_BASE, type CatalogPart, type ScriptPart } from '../i18n/catalog-index.js';
import { fetchPinned } from '../i18n/fetch-pinned.js';
import { CATALOG_TIMEOUT_MS, currentLocale, setSourceLoader } from '../i18n/localization.js';

export const SCRIPTS_INLINE: boolean = false;

type Text = string | Array<string | number>;
const english = new Map<number, Text>();
const loading = new Map<CatalogPart, Promise<void>>();
let englishOnly = false;

export function fetchedMsg(number: number, values: unknown[] = []): string {
  const text = english.get(number) ?? '';
  const strings = (typeof text === 'string' ? [text] : text.filter((_, index) => index % 2 === 0)) as string[];
  if (englishOnly) return strings.reduce((joined, piece, index) => joined + String(values[index - 1]) + piece);
  const id = `#${number}`;
  if (typeof text === 'string' && !values.length) return msg(text, { id });
  return msg({ strTag: true, strings: strings as unknown as TemplateStringsArray, values }, { id });
}

export function inEnglish<T>(read: () => T): T {
  englishOnly = true;
  try {
    return read();
  } finally {
    englishOnly = false;
  }
}

const isText = (text: unknown): text is Text =>
  typeof text === 'string' || (Array.isArray(text) && text.length % 2 === 1 && text.every((piece, index) => (index % 2 ? Number.isInteger(piece) : typeof piece === 'string')));

/** Fetches a part once; a failure is not kept, so the next attempt tries again. */
function loadPart(part: CatalogPart): Promise<void> {
  let load = loading.get(part);
  if (!load) {
    const [file, integrity] = CATALOGS.en![part]!;
    load = fetchPinned(new URL(`${CATALOGS_BASE}${file}`, import.meta.url), integrity, CATALOG_TIMEOUT_MS).then(
      (json) => {
        if (typeof json !== 'object' || json === null || Array.isArray(json)) throw new Error('not an English catalog');
        const entries = Object.entries(json);
        if (!entries.every(([number, text]) => /^\d+$/.test(number) && isText(text))) throw new Error('an English message is not text');
        for (const [number, text] of entries) english.set(Number(number), text as Text);
      },
      (error: unknown) => {
        loading.delete(part);
        throw error;
      },
    );
    loading.set(part, load);
  }
  return load;
}

/** The scripts' English, and the dialog's where the dialog shows in English (now, or after a switch: setSourceLoader). */
export function loadEnglish(scripts: readonly ScriptPart[]): Promise<void> {
  return Promise.all([...scripts, ...(currentLocale() === 'en' ? (['dialog'] as const) : [])].map(loadPart)).then(() => undefined);
}

// A switch to English while a dialog is open waits for the dialog's English, as any language's does.
setSourceLoader(() => loadPart('dialog'));
