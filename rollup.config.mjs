// The builds: the whole library as an ES module (<script type="module">) and as an IIFE (hosts
// that only allow a classic <script>), and the explainer alone for pages that need no contact
// flow. Each is one file of code with production Lit; the languages are JSON catalogs beside it in
// dist/catalogs/, whose integrity hashes are inside the code (scripts/lib/catalogs.mjs), so the
// one Subresource Integrity hash of the entry still covers every byte a reader runs or reads.
import { readFileSync, readdirSync, rmSync } from 'node:fs';
import ts from 'typescript';
import { existsSync } from 'node:fs';
import { dirname, join, relative, resolve as resolvePath, sep } from 'node:path';
import resolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import minifyHTML from '@lit-labs/rollup-plugin-minify-html-literals';
import { CATALOG_DIR, catalogFiles, englishParts, integrityOf } from './scripts/lib/catalogs.mjs';

/**
 * Trusted Types: Lit creates a policy named "lit-html" when it loads. A page whose CSP lists
 * allowed policies (`trusted-types lit-html`) throws on the second policy of that name, which
 * happens when the page has its own Lit or includes this script twice. So the bundled Lit gets
 * a policy name of its own, created once per page and shared by later copies of this script.
 */
export const POLICY_NAME = 'safe-communities-widgets';
function ownTrustedTypesPolicy() {
  const call = /(\w+)\.createPolicy\("lit-html",(\{createHTML:(\w+)=>\3\})\)/;
  return {
    name: 'own-trusted-types-policy',
    transform(code, id) {
      if (!/lit-html[\\/]lit-html\.js$/.test(id)) return null;
      if (!call.test(code)) this.error('lit-html no longer creates its policy as expected: update ownTrustedTypesPolicy()');
      return code.replace(
        call,
        (_, trustedTypes, rules) =>
          `(globalThis[Symbol.for("${POLICY_NAME}.policy")]??=${trustedTypes}.createPolicy("${POLICY_NAME}",${rules}))`,
      );
    },
  };
}

/**
 * Names the version (from package.json, so a build outside npm makes the same file and hash) and
 * every package bundled into the files, with its licence; LICENSE has their texts.
 */
const { version } = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8'));
/**
 * V8's explicit compile hint (Chrome 136 and later; a comment elsewhere): every function in the
 * file is compiled while it streams in, on a background thread, instead of on the main thread the
 * first time it runs. The widgets' first render calls most of the code, and a Spanish reader's
 * waits on the main thread for its catalog: `npm run bench` measured the main thread's compile
 * time going from about 34 ms to 2 ms under 4x throttling (campaign, English). It must be the
 * file's first line.
 */
export const COMPILE_HINT = '//# allFunctionsCalledOnLoad';
export const banner = `${COMPILE_HINT}\n/*! safe-communities-widgets ${version} | MIT | bundles Lit and @lit/localize (BSD-3-Clause, Google LLC) and tslib (0BSD, Microsoft); see LICENSE */`;

/**
 * TypeScript to JavaScript, without type-checking: the build checks types once, in
 * `tsc -p tsconfig.build.json` (which also writes lib/), instead of once more per bundle.
 * `./x.js` imports from TypeScript resolve to `./x.ts`, as tsc resolves them.
 */
const COMPILER_OPTIONS = (() => {
  const { config } = ts.readConfigFile('./tsconfig.json', ts.sys.readFile);
  const { options } = ts.convertCompilerOptionsFromJson(config.compilerOptions, '.');
  return { ...options, importHelpers: true, declaration: false, sourceMap: false, outDir: undefined, plugins: undefined };
})();

function transpileTypeScript() {
  return {
    name: 'transpile-typescript',
    resolveId(source, importer) {
      if (!importer?.endsWith('.ts') || !source.startsWith('.') || !source.endsWith('.js')) return null;
      let candidate = resolvePath(dirname(importer), source.replace(/\.js$/, '.ts'));
      // The bundles fetch the district tables when the dialog opens (src/lookup/tables-fetched.ts)
      // instead of carrying them inline; tables-fetched.ts itself imports the types of tables.ts.
      if (candidate.endsWith(`lookup${sep}tables.ts`) && !importer.endsWith('tables-fetched.ts')) {
        candidate = candidate.replace(/tables\.ts$/, 'tables-fetched.ts');
      }
      // Likewise the scripts' English: fetched per ask (src/content/script-text-fetched.ts).
      if (candidate.endsWith(`content${sep}script-text.ts`)) candidate = candidate.replace(/script-text\.ts$/, 'script-text-fetched.ts');
      if (candidate.endsWith(`i18n${sep}fetched-ids.ts`)) candidate = candidate.replace(/fetched-ids\.ts$/, 'fetched-ids-bundled.ts');
      return existsSync(candidate) ? candidate : null;
    },
    transform(code, id) {
      if (!id.endsWith('.ts')) return null;
      code = fetchedMessages(code, id);
      // isolatedModules is on, so each file transpiles alone exactly as the full program would emit it.
      const { outputText } = ts.transpileModule(code, { compilerOptions: COMPILER_OPTIONS, fileName: id });
      return { code: outputText, map: null };
    },
  };
}

/**
 * The dialog's and the scripts' msg() calls become fetchedMsg(number, [values]): their English
 * travels in English's JSON parts (dist/catalogs/en.*.json), fetched with the dialog, instead of in
 * the entry, and the number finds the message's id there, by which it is translated as before
 * (scripts/lib/catalogs.mjs, englishParts). Read once per build: the numbers must match the JSON.
 */
let numbered = null;
function fetchedMessages(code, id) {
  if (!numbered) {
    const { numbers, calls } = englishParts();
    // The catalogs were numbered by the last build-locales run: a source changed since would pair
    // each message with another's English and translations, so the build stops instead.
    const written = JSON.parse(/FETCHED_IDS[^=]*=\s*(\[[^\]]*\])/.exec(readFileSync('src/i18n/fetched-ids.ts', 'utf8'))?.[1] ?? '[]');
    if (JSON.stringify(written) !== JSON.stringify([...numbers.keys()])) {
      throw new Error('the dialog\'s or the scripts\' messages changed since the catalogs were built: run `npm run build` (build-locales first)');
    }
    numbered = new Map([...calls].map(([file, fileCalls]) => [resolvePath(file), fileCalls]));
  }
  const calls = numbered.get(resolvePath(id));
  if (!calls) return code;
  if (readFileSync(id, 'utf8') !== code) throw new Error(`${id}: changed before its messages were numbered`);
  let out = code;
  for (const call of [...calls].sort((a, b) => b.start - a.start)) {
    const values = call.values?.length ? `, [${call.values.join(', ')}]` : '';
    out = `${out.slice(0, call.start)}fetchedMsg(${call.number}${values})${out.slice(call.end)}`;
  }
  const from = relative(dirname(id), resolvePath('src/content/script-text.ts')).replace(/\\/g, '/').replace(/\.ts$/, '.js');
  return `import { fetchedMsg } from '${from.startsWith('.') ? from : `./${from}`}';\n${out}`;
}

/** The catalogs that src/i18n/catalog-index.ts names, beside the entry in dist/catalogs/. */
function catalogs() {
  return {
    name: 'catalogs',
    generateBundle() {
      for (const file of catalogFiles()) {
        this.emitFile({ type: 'asset', fileName: `catalogs/${file}`, source: readFileSync(`${CATALOG_DIR}/${file}`) });
      }
    },
    // Catalogs of an earlier build (other hashes in their names) must not linger beside the new ones.
    writeBundle({ dir, file }) {
      const folder = join(dir ?? dirname(file), 'catalogs');
      const current = new Set(catalogFiles());
      for (const old of existsSync(folder) ? readdirSync(folder) : []) if (!current.has(old)) rmSync(join(folder, old));
    },
  };
}

/**
 * The one-file build: fetch-pinned.ts answers from the catalogs and tables written into the file
 * itself, found by the same integrity hashes, so nothing is fetched and no connect-src is needed.
 */
function inlineCatalogs() {
  const VIRTUAL = '\0sca-inline-catalogs';
  return {
    name: 'inline-catalogs',
    resolveId(source, importer) {
      return importer?.endsWith('.ts') && /\/fetch-pinned\.js$/.test(source) ? VIRTUAL : null;
    },
    load(id) {
      if (id !== VIRTUAL) return null;
      const inline = Object.fromEntries(
        catalogFiles().map((file) => {
          const bytes = readFileSync(`${CATALOG_DIR}/${file}`);
          return [integrityOf(bytes), JSON.parse(bytes.toString('utf8'))];
        }),
      );
      return `const INLINE = ${JSON.stringify(inline)};
export function fetchPinned(url, integrity) {
  return Object.hasOwn(INLINE, integrity) ? Promise.resolve(INLINE[integrity]) : Promise.reject(new Error(url.href + ' is not in this file'));
}`;
    },
  };
}

export function plugins({ module, single = false }) {
  return [
    single ? inlineCatalogs() : catalogs(),
    // No 'development' condition, so Lit resolves to its production build.
    resolve({ exportConditions: ['production', 'browser'] }),
    ownTrustedTypesPolicy(),
    transpileTypeScript(),
    // Whitespace inside html`` and css`` templates is most of what terser cannot shrink.
    minifyHTML(),
    // module: false on the IIFE, or terser drops its global name.
    terser({ module, ecma: 2022, compress: { passes: 2 }, format: { comments: /^!|^# allFunctionsCalledOnLoad$/ } }),
  ];
}

export default [
  {
    input: 'src/bundles/full.ts',
    output: { file: 'dist/safe-communities.js', format: 'es', banner },
    plugins: plugins({ module: true }),
  },
  {
    input: 'src/index.ts',
    output: { file: 'dist/safe-communities.iife.js', format: 'iife', name: 'SafeCommunities', banner },
    plugins: plugins({ module: false }),
  },
  {
    // For a partner who can serve only one file: no catalogs/ beside it, no connect-src, but every
    // reader downloads every language and the district tables (README, "One file").
    input: 'src/index.ts',
    output: { file: 'dist/safe-communities.single.js', format: 'iife', name: 'SafeCommunities', banner },
    plugins: plugins({ module: false, single: true }),
  },
  {
    input: 'src/bundles/explainer.ts',
    output: { file: 'dist/safe-communities-explainer.js', format: 'es', banner },
    // It fetches only the `page` catalogs, which hold the explainer's messages.
    plugins: plugins({ module: true }),
  },
];
