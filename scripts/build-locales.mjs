// Builds the locale modules from xliff/ and fails when any message lacks a usable translation:
// a half-translated widget is worse than a late one.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { checkXliff } from './lib/xliff.mjs';
import { writeCatalogs, writeSnippetFallback } from './lib/catalogs.mjs';
import { importTs } from './lib/import-ts.mjs';

const config = JSON.parse(readFileSync('lit-localize.json', 'utf8'));
const problems = [];
for (const locale of config.targetLocales) {
  for (const problem of checkXliff(readFileSync(`xliff/${locale}.xlf`, 'utf8'))) problems.push(`${locale} ${problem}`);
}

const result = spawnSync('npx', ['lit-localize', 'build'], { encoding: 'utf8' });
const output = `${result.stdout}${result.stderr}`;
// lit-localize only warns about a message in the code that no XLIFF file has yet.
for (const line of output.split('\n')) if (/is missing/.test(line)) problems.push(line.trim());
if (result.status !== 0) problems.push(`lit-localize build failed:\n${output}`);

if (problems.length) {
  console.error(`Translations are incomplete (${problems.length} problems). Run \`npx lit-localize extract\`, translate the new <target>s in xliff/, and build again:`);
  for (const problem of problems.slice(0, 40)) console.error(`  ${problem}`);
  process.exit(1);
}
const { TABLE_NAMES, OFFICE_TABLE_NAMES } = await importTs('src/lookup/tables.ts');
const districtData = { ...(await importTs('src/data/ma-districts.ts')), ...(await importTs('src/data/ma-offices.ts')) };
const pick = (names) => Object.fromEntries(names.map((name) => [name, districtData[name]]));
const written = await writeCatalogs(config.targetLocales, pick(TABLE_NAMES), pick(OFFICE_TABLE_NAMES));
console.log(`locales built: ${config.targetLocales.join(', ')} (every message translated); ${written.length} catalogs in src/i18n/catalogs/`);
await writeSnippetFallback(config.targetLocales);
