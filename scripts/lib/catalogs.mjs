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
export const PARTS = ['page', 'dialog'];
const GENERATED = 'src/i18n/locales';
export const CATALOG_DIR = 'src/i18n/catalogs';
const INDEX = 'src/i18n/catalog-index.ts';

/** Ids of every msg() call in the files, computed as lit-localize computes them. */
export function messageIds(files) {
  const ids = new Set();
  for (const file of files) {
    const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
    const visit = (node) => {
      if (ts.isCallExpression(node) && ts.isIdentifier(node.expression) && node.expression.text === 'msg') {
        const [first] = node.arguments;
        if (first && (ts.isStringLiteral(first) || ts.isNoSubstitutionTemplateLiteral(first))) {
          ids.add(generateMsgId(first.text, false));
        } else if (first && ts.isTaggedTemplateExpression(first) && ts.isIdentifier(first.tag)) {
          const template = first.template;
          const strings = ts.isNoSubstitutionTemplateLiteral(template)
            ? [template.text]
            : [template.head.text, ...template.templateSpans.map((span) => span.literal.text)];
          ids.add(generateMsgId(strings, first.tag.text === 'html'));
        } else {
          throw new Error(`${file}: a msg() call whose message is not a literal cannot be given an id`);
        }
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return ids;
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

export const integrityOf = (bytes) => `sha384-${createHash('sha384').update(bytes).digest('base64')}`;

/**
 * Writes `<locale>.<part>.<hash>.json` for every target locale (the hash in the name keeps a
 * browser from pairing a cached old file with a new entry) and the index module.
 * @returns {{ locale: string, part: string, file: string, bytes: number }[]}
 */
export async function writeCatalogs(locales, districtTables) {
  const pageIds = messageIds(PAGE_FILES);
  rmSync(CATALOG_DIR, { recursive: true, force: true });
  mkdirSync(CATALOG_DIR, { recursive: true });
  const index = {};
  const written = [];
  for (const locale of locales) {
    const templates = await readTemplates(join(GENERATED, `${locale}.ts`));
    const missing = [...pageIds].filter((id) => !Object.hasOwn(templates, id));
    if (missing.length) throw new Error(`${locale}: page messages without a translation: ${missing.join(', ')}`);
    const parts = { page: {}, dialog: {} };
    for (const id of Object.keys(templates).sort()) parts[pageIds.has(id) ? 'page' : 'dialog'][id] = toJson(id, templates[id]);
    index[locale] = {};
    for (const part of PARTS) {
      const bytes = Buffer.from(JSON.stringify(parts[part]));
      const file = `${locale}.${part}.${createHash('sha256').update(bytes).digest('hex').slice(0, 10)}.json`;
      writeFileSync(join(CATALOG_DIR, file), bytes);
      index[locale][part] = [file, integrityOf(bytes)];
      written.push({ locale, part, file, bytes: bytes.length });
    }
  }
  // The district tables, for the browser bundles (src/lookup/tables-fetched.ts).
  const tableBytes = Buffer.from(JSON.stringify(districtTables));
  const tableFile = `districts.${createHash('sha256').update(tableBytes).digest('hex').slice(0, 10)}.json`;
  writeFileSync(join(CATALOG_DIR, tableFile), tableBytes);
  written.push({ locale: null, part: 'districts', file: tableFile, bytes: tableBytes.length });
  writeFileSync(
    INDEX,
    `// Generated by scripts/build-locales.mjs from xliff/: do not edit. Each language's two catalogs\n` +
      `// (file name in ${CATALOG_DIR}/, Subresource Integrity hash), fetched by src/i18n/localization.ts.\n` +
      `export const CATALOGS: Record<string, Record<'page' | 'dialog', readonly [file: string, integrity: string]>> = ${JSON.stringify(index, null, 2)};\n` +
      `/** The district tables (src/lookup/tables-fetched.ts). */\n` +
      `export const DISTRICT_TABLES: readonly [file: string, integrity: string] = ${JSON.stringify([tableFile, integrityOf(tableBytes)])};\n` +
      `/** Where the files are, from the module that fetches them: src/i18n/ or src/lookup/ here, the bundle's folder in dist/. */\n` +
      `export const CATALOGS_BASE = '${'./catalogs/'}';\n`,
  );
  return written;
}

/** The catalog files that exist now (after writeCatalogs). */
export const catalogFiles = () => readdirSync(CATALOG_DIR).filter((file) => file.endsWith('.json'));
