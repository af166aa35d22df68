// Node scripts (data import, benchmark) use the project's TypeScript modules directly: esbuild
// bundles them in memory and the result is imported from a data: URL, so no build step and no
// second copy of the logic.
import { build } from 'esbuild';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** Bundles TypeScript source (an entry module's text, resolved from the repository root) into ES module code. */
export async function bundleTs(contents) {
  const result = await build({
    stdin: { contents, resolveDir: repoRoot, loader: 'ts', sourcefile: 'entry.ts' },
    bundle: true,
    format: 'esm',
    platform: 'neutral',
    // Packages such as @lit/localize name their entry in "main" only.
    mainFields: ['module', 'main'],
    target: 'es2022',
    write: false,
    logLevel: 'error',
  });
  return result.outputFiles[0].text;
}

export const moduleFromCode = (code) => import(`data:text/javascript;base64,${Buffer.from(code).toString('base64')}`);

/** Imports a TypeScript module of the project, e.g. importTs('src/build-tools/csv.ts'). */
export async function importTs(path) {
  return moduleFromCode(await bundleTs(`export * from ${JSON.stringify(`./${join(path)}`)};`));
}
