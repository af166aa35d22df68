// `npm run size`: raw, gzip and brotli bytes of every file in dist/, and what one reader
// downloads in each language. `npm run size -- --check` fails when a figure is over its budget.
//
// What a reader downloads is worked out from the files, as the entry fetches them
// (src/i18n/localization.ts, src/lookup/tables-fetched.ts, src/content/script-text-fetched.ts):
// until the widgets show, the entry and their language's `page` catalog; once the dialog is open,
// also the ask's English scripts, their language's `dialog` catalog and ask part (English readers:
// English's `dialog` part), and the district tables. Two dialogs are counted: the default (`cosponsor`, no
// also-contact) and the largest (the largest ask, with also-contact: the targets' parts and the
// office tables). `npm run bench` measures the default in a browser, from the served files.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const KB = 1024;
/** What one reader may download, gzip (the languages issue): before the widgets show, and in all. */
export const SHOW_BUDGET = 48 * KB;
export const DIALOG_BUDGET = 60 * KB;
/** Whole files, gzip. */
const BUDGETS = {
  // 20 KB was set for the English-only explainer; it fetches its language now (page catalog).
  'safe-communities-explainer.js': 24 * KB,
  // The one-file build for partners who cannot serve catalogs/ beside the script: every
  // language and the district tables inside, so every reader downloads all of them.
  // 100 KB until the campaign's asks (0.3): their scripts in all eleven languages, and the
  // office tables, are inside too (CHANGELOG).
  'safe-communities.single.js': 128 * KB,
};

const gzip = (content) => gzipSync(content, { level: 9 }).length;
const format = (bytes) => `${(bytes / KB).toFixed(1)} KB`.padStart(9);
const rows = readdirSync('dist')
  .filter((file) => file.endsWith('.js'))
  .sort()
  .map((file) => {
    const content = readFileSync(join('dist', file));
    return {
      file,
      raw: content.length,
      gzip: gzip(content),
      brotli: brotliCompressSync(content, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
      budget: BUDGETS[file],
    };
  });

let over = 0;
console.log(`${'file'.padEnd(34)}${'raw'.padStart(9)}${'gzip'.padStart(9)}${'brotli'.padStart(9)}   gzip budget`);
for (const row of rows) {
  const verdict = row.budget === undefined ? '' : row.gzip <= row.budget ? `${format(row.budget)} ok` : `${format(row.budget)} OVER`;
  if (row.budget !== undefined && row.gzip > row.budget) over++;
  console.log(`${row.file.padEnd(34)}${format(row.raw)}${format(row.gzip)}${format(row.brotli)}  ${verdict}`);
}

// Per reader, from the catalogs the entry names.
const catalogs = readdirSync(join('dist', 'catalogs'));
const catalogBytes = (prefix) => {
  const file = catalogs.find((name) => name.startsWith(`${prefix}.`));
  if (!file) throw new Error(`dist/catalogs has no ${prefix} file: run npm run build`);
  return gzip(readFileSync(join('dist', 'catalogs', file)));
};
const { targetLocales } = JSON.parse(readFileSync('lit-localize.json', 'utf8'));
const entry = rows.find((row) => row.file === 'safe-communities.js');
const iife = rows.find((row) => row.file === 'safe-communities.iife.js');
const tables = catalogBytes('districts');
const offices = catalogBytes('offices');
const ASKS = ['cosponsor', 'budget-amendment', 'report-out', 'floor-vote'];
console.log(`\n${'one reader, full bundle (gzip)'.padEnd(34)}${'shows'.padStart(9)}${'dialog'.padStart(9)}${'largest'.padStart(9)}   budgets ${format(SHOW_BUDGET).trim()} / ${format(DIALOG_BUDGET).trim()}`);
for (const locale of ['en', ...targetLocales]) {
  const page = locale === 'en' ? 0 : catalogBytes(`${locale}.page`);
  // English's scripts are fetched by every reader, who says them in English; the dialog's own words
  // in the reader's language only.
  const part = (name) => (locale === 'en' || name !== 'dialog' ? catalogBytes(`en.${name}`) : 0) + (locale === 'en' ? 0 : catalogBytes(`${locale}.${name}`));
  // The IIFE is a few bytes larger than the module: the larger of the two is what counts.
  const code = Math.max(entry.gzip, iife.gzip);
  const shows = code + page;
  const all = shows + part('dialog') + tables + part('ask-cosponsor');
  const largest = shows + part('dialog') + tables + Math.max(...ASKS.map((ask) => part(`ask-${ask}`))) + part('targets') + offices;
  // The budgets were set for the widget as a partner pastes it; a partner who adds also-contact
  // adds people and their scripts, reported beside it (CHANGELOG, the asks issue).
  const ok = shows <= SHOW_BUDGET && all <= DIALOG_BUDGET;
  if (!ok) over++;
  console.log(`${locale.padEnd(34)}${format(shows)}${format(all)}${format(largest)}   ${ok ? 'ok' : 'OVER'}${largest > DIALOG_BUDGET ? ' (largest over by ' + format(largest - DIALOG_BUDGET).trim() + ')' : ''}`);
}
console.log(`${'(district tables alone)'.padEnd(34)}${''.padStart(9)}${format(tables)}`);
console.log(`${'(office tables alone)'.padEnd(34)}${''.padStart(18)}${format(offices)}`);

const missing = ['safe-communities.js', 'safe-communities.iife.js', ...Object.keys(BUDGETS)].filter((file) => !rows.some((row) => row.file === file));
if (process.argv.includes('--check')) {
  if (missing.length) console.error(`missing from dist/: ${missing.join(', ')} (run npm run build)`);
  if (over) console.error(`${over} figure(s) over budget`);
  process.exit(over || missing.length ? 1 : 0);
}
