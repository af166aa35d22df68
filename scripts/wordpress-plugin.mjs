// `node scripts/wordpress-plugin.mjs`: the WordPress plugin as it is installed. Copies
// wordpress/safe-communities-widgets/ and the built widget (dist/safe-communities.iife.js, its
// catalogs/ and manifest.json) into wordpress/build/safe-communities-widgets/, and zips that
// folder into release/safe-communities-widgets-wordpress-VERSION.zip. Needs `npm run build`
// first. Stops when the plugin's version or language list disagrees with the package's.
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { zipFolder } from './lib/zip-folder.mjs';

const SOURCE = 'wordpress/safe-communities-widgets';
const BUILD = 'wordpress/build/safe-communities-widgets';
const SCRIPT = 'safe-communities.iife.js';

function fail(message) {
  console.error(`wordpress-plugin: ${message}`);
  process.exit(1);
}

const { version } = JSON.parse(readFileSync('package.json', 'utf8'));
if (!existsSync('dist/manifest.json')) fail('dist/manifest.json is missing: run `npm run build` first.');
const manifest = JSON.parse(readFileSync('dist/manifest.json', 'utf8'));
if (manifest.version !== version) fail(`dist/ is of version ${manifest.version}, package.json says ${version}: run \`npm run build\`.`);

// One version everywhere a WordPress site or the plugin directory reads it.
const main = readFileSync(join(SOURCE, 'safe-communities-widgets.php'), 'utf8');
const readme = readFileSync(join(SOURCE, 'readme.txt'), 'utf8');
const versions = {
  'the plugin header (Version:)': /^\s*\*\s*Version:\s*(\S+)/m.exec(main)?.[1],
  'SAFE_COMMUNITIES_VERSION': /define\(\s*'SAFE_COMMUNITIES_VERSION',\s*'([^']+)'/.exec(main)?.[1],
  'readme.txt (Stable tag:)': /^Stable tag:\s*(\S+)/m.exec(readme)?.[1],
};
for (const [where, found] of Object.entries(versions)) {
  if (found !== version) fail(`${where} says ${found ?? 'nothing'}, package.json says ${version}.`);
}

// The plugin checks `lang` and `languages` against its own list: it must be the widget's.
const options = readFileSync(join(SOURCE, 'includes/options.php'), 'utf8');
const pluginLocales = [...(/function safe_communities_locales\(\)[\s\S]*?\);/.exec(options)?.[0] ?? '').matchAll(/'([\w-]+)'\s*=>/g)].map((match) => match[1]);
const widgetLocales = ['en', ...new Set(Object.keys(manifest.catalogs).flatMap((file) => /^catalogs\/([\w-]+)\.page\./.exec(file)?.[1] ?? []))];
if ([...pluginLocales].sort().join(' ') !== [...widgetLocales].sort().join(' ')) {
  fail(`safe_communities_locales() lists ${pluginLocales.join(' ')}; the widget has ${widgetLocales.join(' ')}.`);
}

const integrity = `sha384-${createHash('sha384').update(readFileSync(join('dist', SCRIPT))).digest('base64')}`;
if (manifest.files[SCRIPT]?.integrity !== integrity) fail(`dist/${SCRIPT} does not match dist/manifest.json: run \`npm run build\`.`);

rmSync(BUILD, { recursive: true, force: true });
mkdirSync(BUILD, { recursive: true });
cpSync(SOURCE, BUILD, { recursive: true });
cpSync('LICENSE', join(BUILD, 'LICENSE'));
const widget = join(BUILD, 'widget');
mkdirSync(widget);
cpSync(join('dist', SCRIPT), join(widget, SCRIPT));
cpSync('dist/manifest.json', join(widget, 'manifest.json'));
cpSync('dist/catalogs', join(widget, 'catalogs'), { recursive: true });
for (const file of Object.keys(manifest.catalogs)) {
  if (!existsSync(join(widget, file))) fail(`${file} is listed in dist/manifest.json but missing from dist/.`);
}

mkdirSync('release', { recursive: true });
const zip = join('release', `safe-communities-widgets-wordpress-${version}.zip`);
const { zip: bytes, count } = zipFolder(BUILD);
writeFileSync(zip, bytes);
console.log(`${BUILD}/: ${count} files; ${zip}: ${Math.round(statSync(zip).size / 1024)} KB`);
