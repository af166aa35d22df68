/**
 * How the dialog's and the scripts' English is had. Here, in the npm package's modules and the
 * tests, it is in the code: the msg() calls carry it, and src/content/scripts.ts reads the
 * scripts' English while it loads (in the source language). The browser bundles replace this
 * module with script-text-fetched.ts (rollup.config.mjs), where that English is fetched with the
 * dialog, one JSON part for the dialog and one per ask, so that the page (and any reader who never
 * opens the dialog) does not download it. Both modules have the same exports.
 */
import type { ScriptPart } from '../i18n/catalog-index.js';

/** True here: the English is in the code, readable at once. */
export const SCRIPTS_INLINE: boolean = true;

/** In the bundles, a fetched message by its number (rollup rewrites msg() calls to this); unused here. */
export function fetchedMsg(number: number, values?: unknown[]): string {
  void values;
  throw new Error(`safe-communities-widgets: fetchedMsg(${number}) is for the browser bundles only`);
}

/** Reads `read` with every fetched message in English; here the caller keeps what it read at load. */
export function inEnglish<T>(read: () => T): T {
  return read();
}

/** Resolves when the dialog's English and these script parts' can be read: at once here. */
export function loadEnglish(scripts: readonly ScriptPart[]): Promise<void> {
  void scripts;
  return Promise.resolve();
}
