// The entry of dist/safe-communities.js (<script type="module">). As src/index.ts, except that
// it defines the elements once the reader's language is in, or after FIRST_LANGUAGE_WAIT_MS:
// a Spanish reader's widgets then render once, in Spanish, instead of first holding their space
// empty and then rendering again (see firstLanguage in src/i18n/localization.ts). Until they are
// defined, the README's `:not(:defined)` rule holds the space. A classic script cannot wait like
// this, so the IIFE builds use src/index.ts and hold the space themselves.
import { FIRST_LANGUAGE_WAIT_MS, firstLanguage } from '../i18n/localization.js';
import { defineAll } from '../define-all.js';

await firstLanguage(FIRST_LANGUAGE_WAIT_MS);
defineAll();

export * from '../exports.js';
