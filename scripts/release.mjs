// `npm run release`: release/safe-communities-widgets-VERSION.zip, for a webmaster without Node.
// Inside, one folder: dist/ (with manifest.json and catalogs/), the demo and the embed-code
// builder as static pages that work from the unzipped folder on any static host or opened by
// double-click, the README and the guides as HTML, LICENSE and CHANGELOG.md
// (scripts/lib/static-pages.mjs), and the WordPress plugin's zip (scripts/wordpress-plugin.mjs).
// `--no-build` uses the dist/ and lib/ already built.
import { execSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { zipFolder } from './lib/zip-folder.mjs';
import { writeStaticPages } from './lib/static-pages.mjs';

if (!process.argv.includes('--no-build')) execSync('npm run build', { stdio: 'inherit' });

const { version } = JSON.parse(readFileSync('package.json', 'utf8'));
const name = `safe-communities-widgets-${version}`;
const folder = join('release', name);
execSync('node scripts/wordpress-plugin.mjs', { stdio: 'inherit' });
await writeStaticPages(folder, { host: 'self', plugin: `release/safe-communities-widgets-wordpress-${version}.zip` });

mkdirSync('release', { recursive: true });
const { zip, count } = zipFolder(folder);
const file = join('release', `${name}.zip`);
writeFileSync(file, zip);
console.log(`${file}: ${count} files, ${(zip.length / 1024).toFixed(0)} KB`);
