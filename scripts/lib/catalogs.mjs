// Each language's messages as two JSON files, fetched by the reader who needs them
// (src/i18n/localization.ts): `page`, the messages that show with the explainer and the contact
// button, and `dialog`, the rest, fetched when the dialog opens. The entry carries none of them,
// only their names and Subresource Integrity hashes (src/i18n/catalog-index.ts, generated here),
// so the partner's one integrity pin on the entry covers every byte a reader runs or reads.
//
// The files are data, never code or markup: a value is a string, or for a message with values an
// array that alternates text and the index of the value that goes there ("Hi ", 0, "!"). A
// message written as html`` has markup and cannot travel this way: the build refuses it.
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { generateMsgId } from '@lit/localize/internal/id-generation.js';

/** The files whose messages show before the dialog opens. */
export const PAGE_FILES = [
  'src/content/provisions.ts',
  'src/elements/campaign/campaign.ts',
  'src/elements/contact/title.ts',
  'src/i18n/locale-controller.ts',
];
/**
 * The scripts, one part per ask and one for the extra targets (src/content/scripts/): a reader
 * fetches only the ask the partner chose, and the targets' scripts only where `also-contact` is
 * set. English has these parts too: the browser bundles carry none of the scripts' English.
 */
const SCRIPT_WORDS = 'src/content/scripts.ts';
export const SCRIPT_PART_FILES = {
  'ask-cosponsor': [SCRIPT_WORDS, 'src/content/scripts/cosponsor.ts'],
  'ask-budget-amendment': [SCRIPT_WORDS, 'src/content/scripts/budget-amendment.ts'],
  'ask-report-out': [SCRIPT_WORDS, 'src/content/scripts/report-out.ts'],
  'ask-floor-vote': [SCRIPT_WORDS, 'src/content/scripts/floor-vote.ts'],
  targets: [SCRIPT_WORDS, 'src/content/scripts/targets.ts'],
};
export const SCRIPT_PARTS = Object.keys(SCRIPT_PART_FILES);
/**
 * The dialog's files whose English the browser bundles fetch with the dialog instead of carrying
 * it (src/content/script-text-fetched.ts). Not the files whose words must show when that fetch
 * fails: contact.ts (the dialog's frame), texts.ts and outside-step.ts (the "could not be loaded"
 * step with its official link), nor the page's.
 */
export const FETCHED_DIALOG_FILES = [
  'src/elements/contact/card/card-actions.ts',
  'src/elements/contact/card/legislator-card.ts',
  'src/elements/contact/card/roles.ts',
  'src/elements/contact/reason.ts',
  'src/elements/contact/steps/precinct-step.ts',
  'src/elements/contact/steps/results-step.ts',
  'src/elements/contact/steps/town-step.ts',
];
/** English's fetched parts, in the order their messages are numbered. */
export const ENGLISH_PART_FILES = { dialog: FETCHED_DIALOG_FILES, ...SCRIPT_PART_FILES };
export const PARTS = ['page', 'dialog', ...SCRIPT_PARTS];
/** The key of a dialog part that names its language's script parts: never a message id (s…, h…). */
export const DIALOG_PARTS_KEY = '$parts';
const GENERATED = 'src/i18n/locales';
export const CATALOG_DIR = 'src/i18n/catalogs';
const INDEX = 'src/i18n/catalog-index.ts';
const FETCHED_IDS = 'src/i18n/fetched-ids.ts';

/** Every TypeScript file of src/ that can hold messages (not the generated locale modules). */
export function sourceFiles(dir = 'src') {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = `${dir}/${entry.name}`;
    if (entry.isDirectory()) return path === `${GENERATED}` ? [] : sourceFiles(path);
    // script-text-fetched.ts calls msg() with what it fetched: it is how fetched messages are read.
    return entry.name.endsWith('.ts') && !entry.name.endsWith('-fetched.ts') && readFileSync(path, 'utf8').includes('msg(') ? [path] : [];
  });
}

/** Ids of every msg() call in the files, computed as lit-localize computes them. */
export function messageIds(files) {
  return new Set(messageCalls(files).map((call) => call.id));
}

/**
 * Every msg() call of the files: its id as lit-localize computes it, its English text when it is
 * a plain string (`text`, else null), and where the call is in its file.
 */
export function messageCalls(files) {
  const calls = [];
  for (const file of files) {
    const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
    const visit = (node) => {
      if (ts.isCallExpression(node) && ts.isIdentifier(node.expression) && node.expression.text === 'msg') {
        const [first] = node.arguments;
        const at = { file, start: node.getStart(source), end: node.getEnd() };
        if (first && (ts.isStringLiteral(first) || ts.isNoSubstitutionTemplateLiteral(first))) {
          calls.push({ id: generateMsgId(first.text, false), text: first.text, ...at });
        } else if (first && ts.isTaggedTemplateExpression(first) && ts.isIdentifier(first.tag)) {
          const template = first.template;
          const strings = ts.isNoSubstitutionTemplateLiteral(template)
            ? [template.text]
            : [template.head.text, ...template.templateSpans.map((span) => span.literal.text)];
          const values = ts.isNoSubstitutionTemplateLiteral(template) ? [] : template.templateSpans.map((span) => span.expression.getText(source));
          calls.push({ id: generateMsgId(strings, first.tag.text === 'html'), text: null, html: first.tag.text === 'html', strings, values, ...at });
        } else {
          throw new Error(`${file}: a msg() call whose message is not a literal cannot be given an id`);
        }
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return calls;
}

/**
 * English's fetched messages, numbered: every msg() call of ENGLISH_PART_FILES gets the number of
 * its message (one number per distinct message, in part, file and call order), which is all the
 * bundles' code keeps of it (rollup.config.mjs rewrites the call to `fetchedMsg(number, [values])`).
 * Each English part's JSON maps those numbers to the text, written as the catalogs write it; every
 * language's catalogs key these messages `#number` too, and FETCHED_IDS (src/i18n/fetched-ids.ts)
 * turns the numbers back into lit-localize's ids where the English is in the code.
 * @returns {{ numbers: Map<string, number>, parts: Record<string, Record<number, string | Array<string | number>>>, calls: Map<string, object[]> }}
 */
export function englishParts() {
  const numbers = new Map();
  const parts = {};
  const calls = new Map();
  for (const [part, files] of Object.entries(ENGLISH_PART_FILES)) {
    parts[part] = {};
    for (const call of messageCalls(files)) {
      if (call.html) throw new Error(`${call.file}: an html\`\` message cannot be fetched; write it as str\`\``);
      if (!numbers.has(call.id)) numbers.set(call.id, numbers.size);
      const text = call.text ?? call.strings.flatMap((piece, index) => (index < call.values.length ? [piece, index] : [piece]));
      parts[part][numbers.get(call.id)] = text;
      if (!calls.has(call.file)) calls.set(call.file, []);
      // A file in several parts (scripts.ts) is rewritten once.
      if (!calls.get(call.file).some((seen) => seen.start === call.start)) calls.get(call.file).push({ ...call, number: numbers.get(call.id) });
    }
  }
  return { numbers, parts, calls };
}

/**
 * One generated locale module's templates, read without running Lit: `str` and `html` are
 * replaced by tags that record what they were given.
 */
async function readTemplates(file) {
  const code = readFileSync(file, 'utf8')
    .replace(/import\s*\{\s*html\s*\}\s*from\s*'lit';/, "const html = (strings, ...values) => ({ html: true, strings: [...strings], values });")
    .replace(/import\s*\{\s*str\s*\}\s*from\s*'@lit\/localize';/, "const str = (strings, ...values) => ({ strings: [...strings], values });");
  const { templates } = await import(`data:text/javascript;base64,${Buffer.from(code).toString('base64')}`);
  return templates;
}

/** A template as JSON: a string, or text and value indices alternating. */
function toJson(id, value) {
  if (typeof value === 'string') return value;
  if (value.html) throw new Error(`${id} is an html\`\` message: its markup cannot travel in a fetched catalog. Write it as str\`\` with LINK_START/LINK_END (src/elements/contact/texts.ts).`);
  const parts = [];
  value.strings.forEach((text, index) => {
    parts.push(text);
    if (index < value.values.length) parts.push(value.values[index]);
  });
  return parts;
}

/** SHA-256: strong enough for integrity, and 20 characters shorter than SHA-384 in each of the entry's pins. */
export const integrityOf = (bytes) => `sha256-${createHash('sha256').update(bytes).digest('base64')}`;

/**
 * Writes `<locale>.<part>.<hash>.json` for every target locale (the hash in the name keeps a
 * browser from pairing a cached old file with a new entry) and the index module.
 * @returns {{ locale: string, part: string, file: string, bytes: number }[]}
 */
export async function writeCatalogs(locales, districtTables, officeTables) {
  const pageIds = messageIds(PAGE_FILES);
  const scriptIds = Object.fromEntries(Object.entries(SCRIPT_PART_FILES).map(([part, files]) => [part, messageIds(files)]));
  const { numbers, parts: english } = englishParts();
  const fetchedDialogIds = messageIds(FETCHED_DIALOG_FILES);
  // Messages of the dialog whose English stays in the code, by id; a sentence used there and in a
  // fetched file too is filed both ways.
  const fetchedFiles = new Set(Object.values(ENGLISH_PART_FILES).flat());
  const inlineDialogIds = messageIds(sourceFiles().filter((file) => !fetchedFiles.has(file) && !PAGE_FILES.includes(file)));
  /** Fetched messages are keyed by number, so that the bundles need not carry their ids. */
  const keyOf = (id) => (numbers.has(id) ? `#${numbers.get(id)}` : id);
  const write = (locale, part, json) => {
    const bytes = Buffer.from(JSON.stringify(json));
    const file = `${locale}.${part}.${createHash('sha256').update(bytes).digest('hex').slice(0, 10)}.json`;
    writeFileSync(join(CATALOG_DIR, file), bytes);
    written.push({ locale, part, file, bytes: bytes.length });
    return [file, integrityOf(bytes)];
  };
  rmSync(CATALOG_DIR, { recursive: true, force: true });
  mkdirSync(CATALOG_DIR, { recursive: true });
  const index = {};
  const written = [];
  // English, the source: the dialog's messages and the scripts are fetched with the dialog (the
  // dialog's only by English readers; the scripts by every reader, who says them in English); every
  // other English message is in the code. All six are pinned in the entry.
  index.en = Object.fromEntries(['dialog', ...SCRIPT_PARTS].map((part) => [part, write('en', part, english[part])]));
  for (const locale of locales) {
    const templates = await readTemplates(join(GENERATED, `${locale}.ts`));
    const missing = [...pageIds].filter((id) => !Object.hasOwn(templates, id));
    if (missing.length) throw new Error(`${locale}: page messages without a translation: ${missing.join(', ')}`);
    const parts = Object.fromEntries(PARTS.map((part) => [part, {}]));
    for (const id of Object.keys(templates).sort()) {
      // A sentence shared by two asks ("Thank you for co-sponsoring {bill}") is in both their parts.
      if (pageIds.has(id)) parts.page[id] = toJson(id, templates[id]);
      for (const part of SCRIPT_PARTS) if (scriptIds[part].has(id)) parts[part][keyOf(id)] = toJson(id, templates[id]);
      if (fetchedDialogIds.has(id)) parts.dialog[keyOf(id)] = toJson(id, templates[id]);
      if (inlineDialogIds.has(id) && !pageIds.has(id)) parts.dialog[id] = toJson(id, templates[id]);
    }
    // Only the page and dialog parts are pinned in the entry. Each script part's name and hash are
    // in the dialog part (DIALOG_PARTS_KEY), which is pinned itself: the chain still starts at the
    // entry's one integrity pin, and the entry does not carry five more hashes per language.
    const chained = Object.fromEntries(SCRIPT_PARTS.map((part) => [part, write(locale, part, parts[part])]));
    index[locale] = { page: write(locale, 'page', parts.page), dialog: write(locale, 'dialog', { ...parts.dialog, [DIALOG_PARTS_KEY]: chained }) };
  }
  // The district tables, for the browser bundles (src/lookup/tables-fetched.ts).
  const tableBytes = Buffer.from(JSON.stringify(districtTables));
  const tableFile = `districts.${createHash('sha256').update(tableBytes).digest('hex').slice(0, 10)}.json`;
  writeFileSync(join(CATALOG_DIR, tableFile), tableBytes);
  written.push({ locale: null, part: 'districts', file: tableFile, bytes: tableBytes.length });
  // Leadership, committee chairs and the governor, fetched only where a partner sets also-contact.
  const officeBytes = Buffer.from(JSON.stringify(officeTables));
  const officeFile = `offices.${createHash('sha256').update(officeBytes).digest('hex').slice(0, 10)}.json`;
  writeFileSync(join(CATALOG_DIR, officeFile), officeBytes);
  written.push({ locale: null, part: 'offices', file: officeFile, bytes: officeBytes.length });
  writeFileSync(
    INDEX,
    `// Generated by scripts/build-locales.mjs from xliff/: do not edit. Each language's catalogs\n` +
      `// (file name in ${CATALOG_DIR}/, Subresource Integrity hash), fetched by src/i18n/localization.ts;\n` +
      `// English has only its scripts' parts (src/content/script-text-fetched.ts).\n` +
      `export type CatalogPart = ${PARTS.map((part) => `'${part}'`).join(' | ')};\n` +
      `export type ScriptPart = ${SCRIPT_PARTS.map((part) => `'${part}'`).join(' | ')};\n` +
      `/** Per language, \`page\` and \`dialog\`; each dialog part names its language's script parts under "${DIALOG_PARTS_KEY}". English: its dialog and script parts. */\n` +
      `export const CATALOGS: Record<string, Partial<Record<CatalogPart, readonly [file: string, integrity: string]>>> = ${JSON.stringify(index, null, 2)};\n` +
      `export const DIALOG_PARTS_KEY = '${DIALOG_PARTS_KEY}';\n` +
      `/** The district tables (src/lookup/tables-fetched.ts). */\n` +
      `export const DISTRICT_TABLES: readonly [file: string, integrity: string] = ${JSON.stringify([tableFile, integrityOf(tableBytes)])};\n` +
      `/** Leadership, committees and the governor (src/lookup/tables-fetched.ts), for also-contact. */\n` +
      `export const OFFICE_TABLES: readonly [file: string, integrity: string] = ${JSON.stringify([officeFile, integrityOf(officeBytes)])};\n` +
      `/** Where the files are, from the module that fetches them: src/i18n/ or src/lookup/ here, the bundle's folder in dist/. */\n` +
      `export const CATALOGS_BASE = '${'./catalogs/'}';\n`,
  );
  writeFileSync(
    FETCHED_IDS,
    `// Generated by scripts/build-locales.mjs: do not edit. The ids of the messages that the catalogs key by number\n` +
      `// ("#12"), in number order: where the English is in the code (the npm package's modules, the tests), each\n` +
      `// catalog entry is filed under its lit-localize id. The browser bundles use fetched-ids-bundled.ts instead.\n` +
      `export const FETCHED_IDS: readonly string[] | null = ${JSON.stringify([...numbers.keys()])};\n`,
  );
  return written;
}

/** The snippet's fallback link (written by writeSnippetFallback), for the builder. */
const SNIPPET_FALLBACK = 'src/i18n/snippet-fallback.ts';
/** Its text: a sentence the widget already says (the ended-session notice), so it is translated and reviewed with the rest. */
export const SNIPPET_FALLBACK_ENGLISH = 'Check who represents you now on the official Find My Legislator page';

/**
 * Writes the link the builder puts inside the element of every snippet, shown as plain HTML when
 * the script cannot load (blocked, offline): in the partner's chosen language, from the XLIFF.
 */
export async function writeSnippetFallback(locales) {
  const id = generateMsgId(SNIPPET_FALLBACK_ENGLISH, false);
  const texts = { en: SNIPPET_FALLBACK_ENGLISH };
  for (const locale of locales) {
    const text = (await readTemplates(join(GENERATED, `${locale}.ts`)))[id];
    if (typeof text !== 'string' || !text) throw new Error(`${locale}: no translation of the snippet's fallback link ("${SNIPPET_FALLBACK_ENGLISH}", ${id}): is it still in the widget's code?`);
    texts[locale] = text;
  }
  writeFileSync(
    SNIPPET_FALLBACK,
    `// Generated by scripts/build-locales.mjs from xliff/: do not edit. The link inside every snippet's\n` +
      `// element (demo/builder.js), shown if the script cannot load, in each language.\n` +
      `export const SNIPPET_FALLBACK: Readonly<Record<string, string>> = ${JSON.stringify(texts, null, 2)};\n`,
  );
  return texts;
}

/** The catalog files that exist now (after writeCatalogs). */
export const catalogFiles = () => readdirSync(CATALOG_DIR).filter((file) => file.endsWith('.json'));
