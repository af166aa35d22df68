// `npm run release`: release/safe-communities-widgets-VERSION.zip, for a webmaster without Node.
// Inside, one folder: dist/ (with manifest.json and catalogs/), the demo and the embed-code
// builder as static pages that work from the unzipped folder on any static host or opened by
// double-click, the README and the guides as HTML, LICENSE and CHANGELOG.md
// (scripts/lib/static-pages.mjs), and the WordPress plugin's zip (scripts/wordpress-plugin.mjs).
// `--no-build` uses the dist/ and lib/ already built.
import { execSync } from 'node:child_process';
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { zipSync } from 'fflate';
import { writeStaticPages } from './lib/static-pages.mjs';

if (!process.argv.includes('--no-build')) execSync('npm run build', { stdio: 'inherit' });

const { version } = JSON.parse(readFileSync('package.json', 'utf8'));
const name = `safe-communities-widgets-${version}`;
const folder = join('release', name);
execSync('node scripts/wordpress-plugin.mjs', { stdio: 'inherit' });
await writeStaticPages(folder, { host: 'self', plugin: `release/safe-communities-widgets-wordpress-${version}.zip` });

/** Every file under `dir`, by its path inside the zip (the folder's name first). */
function entries(dir, files = {}) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) entries(path, files);
    // A fixed date on every entry: the same files always make the same archive.
    else files[relative('release', path).split('\\').join('/')] = [readFileSync(path), { mtime: new Date('2000-01-01T00:00:00Z') }];
  }
  return files;
}

mkdirSync('release', { recursive: true });
const files = entries(folder);
const zip = zipSync(files, { level: 9 });
const file = join('release', `${name}.zip`);
writeFileSync(file, zip);
console.log(`${file}: ${Object.keys(files).length} files, ${(zip.length / 1024).toFixed(0)} KB`);
