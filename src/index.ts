// The package's entry (lib/index.js, and the classic-script bundles): defines every element on
// import. The language module comes first, so the reader's catalog is on its way while the rest
// is evaluated (src/i18n/localization.ts). The ES module bundle's entry is src/bundles/full.ts.
import './i18n/localization.js';
import { defineAll } from './define-all.js';

defineAll();

export * from './exports.js';
