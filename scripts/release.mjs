// `npm run release`: release/safe-communities-widgets-VERSION.zip, for a webmaster without Node.
// Inside, one folder: dist/ (with manifest.json and catalogs/), the demo and the embed-code
// builder as static pages that work from the unzipped folder on any static host or opened by
// double-click, the README and the guides as HTML, LICENSE and CHANGELOG.md
// (scripts/lib/static-pages.mjs). `--no-build` uses the dist/ and lib/ already built.
import { execSync } from 'node:child_process';
import { mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { zipSync } from 'fflate';
import { writeStaticPages } from './lib/static-pages.mjs';

if (!process.argv.includes('--no-build')) execSync('npm run build', { stdio: 'inherit' });

const { version } = JSON.parse(readFileSync('package.json', 'utf8'));
const name = `safe-communities-widgets-${version}`;
const folder = join('release', name);
await writeStaticPages(folder, { host: 'self' });

/** Every file under `dir`, by its path inside the zip (the folder's name first). */
function entries(dir, files = {}) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) entries(path, files);
    else files[relative('release', path).split('\\').join('/')] = [readFileSync(path), { mtime: statSync(path).mtime }];
  }
  return files;
}

mkdirSync('release', { recursive: true });
const zip = zipSync(entries(folder), { level: 9 });
const file = join('release', `${name}.zip`);
writeFileSync(file, zip);
console.log(`${file}: ${Object.keys(entries(folder)).length} files, ${(zip.length / 1024).toFixed(0)} KB`);
