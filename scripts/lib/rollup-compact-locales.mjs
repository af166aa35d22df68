// A rollup plugin for the single-file builds: every language sits in one file, and each of
// lit-localize's generated locale modules repeats the same 127+ message ids (17 random hex
// characters each, which gzip cannot shrink). The ids are written once in a shared module and
// each locale keeps only its translations, in the same order. Saves about 2 KB gzip.
import { readFileSync } from 'node:fs';
import { generateMsgId } from '@lit/localize/internal/id-generation.js';

const LOCALE_MODULE = /src[\\/]i18n[\\/]locales[\\/][^\\/]+\.ts$/;
const ENTRY = /^\s*'([sh][0-9a-f]{16})': /gm;
const OPEN = 'export const templates = {';
const SHARED = '\0sca-locale-ids';

function parseCatalog(code) {
  const start = code.indexOf(OPEN);
  const end = code.lastIndexOf('};');
  if (start < 0 || end < start) return null;
  const body = code.slice(start + OPEN.length, end);
  const entries = [...body.matchAll(ENTRY)];
  const values = entries.map((entry, index) => {
    const from = entry.index + entry[0].length;
    const to = index + 1 < entries.length ? entries[index + 1].index : body.length;
    return body.slice(from, to).trimEnd().replace(/,$/, '');
  });
  return { head: code.slice(0, start), ids: entries.map((entry) => entry[1]), values };
}

/**
 * Ids of the plain-string msg('...') calls in the given files: the messages a smaller build
 * (the explainer alone) needs. Files with str`` or html`` messages must not be listed.
 */
function messageIdsIn(files) {
  const ids = new Set();
  for (const file of files) {
    const source = readFileSync(file, 'utf8');
    if (/msg\(\s*(str|html)`/.test(source)) throw new Error(`${file} has template messages, which messageIdsIn() cannot read`);
    for (const [, text] of source.matchAll(/msg\(\s*'((?:[^'\\]|\\.)*)'/g)) {
      ids.add(generateMsgId(text.replace(/\\(.)/g, (_, character) => (character === 'n' ? '\n' : character)), false));
    }
  }
  return ids;
}

/**
 * @param {{ reference?: string, onlyMessagesFrom?: string[] }} [options] `onlyMessagesFrom`: keep
 *   only the messages of these source files (for a build that holds fewer elements).
 */
export function compactLocales({ reference = 'src/i18n/locales/es.ts', onlyMessagesFrom } = {}) {
  let ids;
  let keep;
  return {
    name: 'compact-locales',
    buildStart() {
      const catalog = parseCatalog(readFileSync(reference, 'utf8'));
      if (!catalog?.ids.length) this.error(`no message ids found in ${reference}: has lit-localize's output changed?`);
      ids = catalog.ids;
      if (onlyMessagesFrom) {
        const wanted = messageIdsIn(onlyMessagesFrom);
        const unknown = [...wanted].filter((id) => !ids.includes(id));
        if (unknown.length) this.error(`messages not found in the catalogs: ${unknown.join(', ')}; rebuild the locales`);
        keep = ids.map((id) => wanted.has(id));
        ids = ids.filter((id) => wanted.has(id));
      }
    },
    resolveId(source) {
      return source === SHARED ? SHARED : null;
    },
    load(id) {
      if (id !== SHARED) return null;
      return `const ids = ${JSON.stringify(ids.join(' '))}.split(' ');
export const catalog = (values) => Object.fromEntries(ids.map((id, index) => [id, values[index]]));`;
    },
    transform(code, id) {
      if (!LOCALE_MODULE.test(id)) return null;
      const catalog = parseCatalog(code);
      const values = keep ? catalog?.values.filter((_, index) => keep[index]) : catalog?.values;
      const catalogIds = keep ? catalog?.ids.filter((_, index) => keep[index]) : catalog?.ids;
      if (!catalog || catalogIds.join() !== ids.join()) {
        this.error(`${id}: its message ids differ from ${reference}; rebuild the locales (npm run build)`);
      }
      return `${catalog.head}import { catalog } from '${SHARED}';\nexport const templates = catalog([\n${values.join(',\n')}\n]);\n`;
    },
  };
}
