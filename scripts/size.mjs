// `npm run size`: raw, gzip and brotli bytes of every file in dist/.
// `npm run size -- --check` also fails when a file is over its budget.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const KB = 1024;
/** Gzip budgets: the explainer alone, and everything (three elements, the data, seven languages) in one file. */
const BUDGETS = {
  // 20 KB was set for the English-only explainer (11.6 KB now); its seven languages add about 11 KB.
  'safe-communities-explainer.js': 24 * KB,
  // 64 KB until the session notices (December 2026): their messages in seven languages, and the
  // partner warnings beside them, take the file to about 65.6 KB. DEVELOPERS.md allows up to
  // 72 KB for new messages until the languages issue loads one language per reader.
  'safe-communities.js': 70 * KB,
  'safe-communities.iife.js': 70 * KB,
};

const format = (bytes) => `${(bytes / KB).toFixed(1)} KB`.padStart(9);
const rows = readdirSync('dist')
  .filter((file) => file.endsWith('.js'))
  .sort()
  .map((file) => {
    const content = readFileSync(join('dist', file));
    return {
      file,
      raw: content.length,
      gzip: gzipSync(content, { level: 9 }).length,
      brotli: brotliCompressSync(content, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
      budget: BUDGETS[file],
    };
  });

console.log(`${'file'.padEnd(34)}${'raw'.padStart(9)}${'gzip'.padStart(9)}${'brotli'.padStart(9)}   gzip budget`);
let over = 0;
for (const row of rows) {
  const verdict = row.budget === undefined ? '' : row.gzip <= row.budget ? `${format(row.budget)} ok` : `${format(row.budget)} OVER`;
  if (row.budget !== undefined && row.gzip > row.budget) over++;
  console.log(`${row.file.padEnd(34)}${format(row.raw)}${format(row.gzip)}${format(row.brotli)}  ${verdict}`);
}
// What each language adds: its generated catalog on its own (ids included; the single-file
// builds write the ids once, so the real cost per language is a little lower).
const localeDir = 'src/i18n/locales';
let localeRows = [];
try {
  localeRows = readdirSync(localeDir)
    .filter((file) => file.endsWith('.ts'))
    .sort()
    .map((file) => {
      const content = readFileSync(join(localeDir, file));
      return { file: file.replace(/\.ts$/, ''), raw: content.length, gzip: gzipSync(content, { level: 9 }).length };
    });
} catch {
  // No generated locales yet (npm run build makes them).
}
if (localeRows.length) {
  console.log(`\n${'language catalog'.padEnd(34)}${'raw'.padStart(9)}${'gzip'.padStart(9)}`);
  for (const row of localeRows) console.log(`${row.file.padEnd(34)}${format(row.raw)}${format(row.gzip)}`);
  const total = localeRows.reduce((sum, row) => ({ raw: sum.raw + row.raw, gzip: sum.gzip + row.gzip }), { raw: 0, gzip: 0 });
  console.log(`${'all six (each gzipped alone)'.padEnd(34)}${format(total.raw)}${format(total.gzip)}`);
}

const missing = Object.keys(BUDGETS).filter((file) => !rows.some((row) => row.file === file));
if (process.argv.includes('--check')) {
  if (missing.length) console.error(`missing from dist/: ${missing.join(', ')} (run npm run build)`);
  if (over) console.error(`${over} file(s) over the gzip budget`);
  process.exit(over || missing.length ? 1 : 0);
}
