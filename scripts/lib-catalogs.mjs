// The npm package's modules (lib/, written by tsc) fetch their catalogs from beside
// lib/i18n/localization.js, as the bundles do from beside themselves: tsc copies no JSON, so
// this does, after it (npm run build).
import { cpSync, rmSync } from 'node:fs';

rmSync('lib/i18n/catalogs', { recursive: true, force: true });
cpSync('src/i18n/catalogs', 'lib/i18n/catalogs', { recursive: true });
console.log('lib/i18n/catalogs: copied from src/i18n/catalogs');
