// The npm package as a consumer gets it: the tarball `npm pack` makes from the built tree holds
// everything package.json and the README promise, every `exports` path resolves, for `import`
// and for `require` alike, and the types of every entry, bundle sub-paths included, resolve.
// (`prepack` builds, so a tarball from a fresh clone is the same as this one: see the last test.)
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const root = resolve('.');
const work = resolve('.tmp', 'package-test');
const consumer = join(work, 'consumer');
const installed = join(consumer, 'node_modules', 'safe-communities-widgets');
const pkg = JSON.parse(readFileSync('package.json', 'utf8'));

function run(command, args, options = {}) {
  const result = spawnSync(command, args, { encoding: 'utf8', ...options });
  assert.equal(result.status, 0, `${command} ${args.join(' ')}\n${result.stdout}\n${result.stderr}`);
  return result.stdout;
}

/** Every file path an `exports` entry names, condition by condition. */
function exportedFiles(exportsField) {
  const files = [];
  const walk = (value) => (typeof value === 'string' ? files.push(value) : Object.values(value).forEach(walk));
  walk(exportsField);
  return files;
}

let packed = [];

before(() => {
  rmSync(work, { recursive: true, force: true });
  mkdirSync(join(consumer, 'node_modules'), { recursive: true });
  // The tree is built (npm test builds first); --ignore-scripts so this does not build again,
  // after making the release zips that `prepack` makes.
  run(process.execPath, ['scripts/release.mjs', '--no-build']);
  const [info] = JSON.parse(run('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', work]));
  packed = info.files.map((file) => file.path);
  mkdirSync(installed, { recursive: true });
  run('tar', ['-xzf', join(work, info.filename), '-C', installed, '--strip-components=1']);
  // The consumer's own copies of the dependencies (what npm would install beside the package).
  for (const dependency of [...Object.keys(pkg.dependencies), '@lit', '@lit-labs', 'lit-html', 'lit-element', '@lit/reactive-element']) {
    const target = join(root, 'node_modules', dependency);
    const link = join(consumer, 'node_modules', dependency);
    if (existsSync(target) && !existsSync(link)) {
      mkdirSync(join(link, '..'), { recursive: true });
      symlinkSync(target, link);
    }
  }
});
after(() => rmSync(work, { recursive: true, force: true }));

describe('the npm package', () => {
  it('holds the bundles, their catalogs and manifest, lib/, the element manifest, LICENSE, CHANGELOG and the README’s images', () => {
    const manifest = JSON.parse(readFileSync('dist/manifest.json', 'utf8'));
    const catalogs = Object.keys(manifest.catalogs ?? {}).map((file) => `dist/${file}`);
    assert.ok(catalogs.length > 20, 'the manifest lists the catalogs');
    const images = [...readFileSync('README.md', 'utf8').matchAll(/!\[[^\]]*\]\(([^)]+)\)/g)].map((match) => match[1]);
    assert.ok(images.length >= 2);
    const expected = [
      ...Object.keys(manifest.files).map((file) => `dist/${file}`),
      'dist/manifest.json',
      ...catalogs,
      'lib/index.js',
      'lib/index.d.ts',
      'lib/explainer-only.js',
      'custom-elements.json',
      'LICENSE',
      'CHANGELOG.md',
      'README.md',
      ...images,
      `release/safe-communities-widgets-${pkg.version}.zip`,
      `release/safe-communities-widgets-wordpress-${pkg.version}.zip`,
      'types/iife.d.ts',
    ];
    const missing = expected.filter((file) => !packed.includes(file));
    assert.deepEqual(missing, []);
    assert.deepEqual(packed.filter((file) => /^(src|test|scripts|xliff|demo|\.tmp|node_modules)\//.test(file)), [], 'no sources, tests or tooling');
  });

  it('each bundle opens with V8\'s compile hint as its first line, then the version and licence banner', () => {
    const manifest = JSON.parse(readFileSync('dist/manifest.json', 'utf8'));
    const bundles = Object.keys(manifest.files).filter((file) => file.endsWith('.js'));
    assert.ok(bundles.length >= 4, `the manifest lists the bundles: ${bundles.join(', ')}`);
    for (const file of bundles) {
      const [first, second] = readFileSync(join('dist', file), 'utf8').split('\n', 2);
      // Anywhere but the first line, V8 ignores it and compiles each function on the main thread.
      assert.equal(first, '//# allFunctionsCalledOnLoad', file);
      assert.match(second, new RegExp(`^/\\*! safe-communities-widgets ${pkg.version.replace(/\./g, '\\.')} \\| MIT \\| bundles Lit`), file);
    }
  });

  it('every path in `exports` is in the tarball', () => {
    const missing = exportedFiles(pkg.exports).filter((file) => !packed.includes(file.replace(/^\.\//, '')));
    assert.deepEqual(missing, []);
  });

  it('resolves every entry for `import` and for `require` (no ERR_PACKAGE_PATH_NOT_EXPORTED)', () => {
    const subpaths = Object.keys(pkg.exports).map((key) => `safe-communities-widgets${key.slice(1)}`);
    for (const type of ['module', 'commonjs']) {
      writeFileSync(join(consumer, 'package.json'), JSON.stringify({ name: 'consumer', type, private: true }));
      const script =
        type === 'module'
          ? `for (const s of ${JSON.stringify(subpaths)}) console.log(import.meta.resolve(s));`
          : `for (const s of ${JSON.stringify(subpaths)}) console.log(require.resolve(s));`;
      const file = join(consumer, type === 'module' ? 'resolve.mjs' : 'resolve.cjs');
      writeFileSync(file, script);
      const lines = run(process.execPath, [file], { cwd: consumer }).trim().split('\n');
      assert.equal(lines.length, subpaths.length, type);
      for (const line of lines) assert.ok(existsSync(line.replace(/^file:\/\//, '')), `${type}: ${line} exists`);
    }
  });

  it('the types of every entry resolve, bundle sub-paths included', () => {
    writeFileSync(join(consumer, 'package.json'), JSON.stringify({ name: 'consumer', type: 'module', private: true }));
    writeFileSync(
      join(consumer, 'use.ts'),
      `import { SafeCommunitiesCampaign, type CampaignConfig } from 'safe-communities-widgets';
import { SafeCommunitiesExplainer } from 'safe-communities-widgets/explainer';
import type { SafeCommunitiesContact, ScaLookupEvent } from 'safe-communities-widgets/bundle';
// The classic builds export nothing: they set the global SafeCommunities.
import 'safe-communities-widgets/bundle/iife';
import 'safe-communities-widgets/bundle/single';
type FromIife = InstanceType<typeof SafeCommunities.SafeCommunitiesCampaign>;
type FromSingle = typeof globalThis.SafeCommunities.ScaLookupEvent;
import type { SafeCommunitiesProvision } from 'safe-communities-widgets/bundle/explainer';
const config: CampaignConfig = {};
const element: SafeCommunitiesCampaign = document.createElement('sca-campaign') as SafeCommunitiesCampaign;
element.config = config;
export type All = [typeof SafeCommunitiesExplainer, SafeCommunitiesContact, ScaLookupEvent, FromIife, FromSingle, SafeCommunitiesProvision];
`,
    );
    for (const moduleResolution of ['bundler', 'node16']) {
      const options = ['--noEmit', '--strict', '--skipLibCheck', '--target', 'es2022', '--lib', 'es2022,dom', '--moduleResolution', moduleResolution, '--module', moduleResolution === 'bundler' ? 'es2022' : 'node16'];
      const result = spawnSync(process.execPath, [join(root, 'node_modules', 'typescript', 'bin', 'tsc'), ...options, 'use.ts'], { cwd: consumer, encoding: 'utf8' });
      assert.equal(result.status, 0, `${moduleResolution}: ${result.stdout}${result.stderr}`);
    }
  });

  it('from a fresh clone, `npm pack` builds first and holds the bundles and the release zips', () => {
    const clone = join(work, 'clone');
    run('git', ['clone', '--quiet', '--depth', '1', `file://${root}`, clone]);
    symlinkSync(join(root, 'node_modules'), join(clone, 'node_modules'));
    // Build output shares stdout with npm's JSON, which comes last.
    const stdout = run('npm', ['pack', '--dry-run', '--json'], { cwd: clone, maxBuffer: 64 * 1024 * 1024 });
    const [fresh] = JSON.parse(stdout.slice(stdout.lastIndexOf('\n[') + 1));
    const files = fresh.files.map((file) => file.path);
    for (const file of ['dist/safe-communities.js', 'dist/manifest.json', 'lib/index.js', 'custom-elements.json', `release/safe-communities-widgets-${pkg.version}.zip`]) {
      assert.ok(files.includes(file), `${file} in the tarball of a fresh clone`);
    }
    assert.ok(fresh.size > 500 * 1024, `the tarball is ${fresh.size} bytes`);
  });
});
