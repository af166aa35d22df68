// `npm run site`: the release's pages as a static site in site/ (a project page; see
// .github/workflows/pages.yml), with the release zip behind its Download link. Its builder
// writes snippets for jsDelivr's copy of this version of the npm package, so a webmaster there
// needs no files of their own. `--no-build` as release.mjs.
import { execSync } from 'node:child_process';
import { copyFileSync, readFileSync } from 'node:fs';
import { writeStaticPages } from './lib/static-pages.mjs';

if (!process.argv.includes('--no-build')) execSync('npm run build', { stdio: 'inherit' });
const { version } = JSON.parse(readFileSync('package.json', 'utf8'));
const zip = `safe-communities-widgets-${version}.zip`;
execSync('node scripts/release.mjs --no-build', { stdio: 'inherit' });
const { manifest } = await writeStaticPages('site', { host: 'cdn', download: zip, plugin: `release/safe-communities-widgets-wordpress-${version}.zip` });
copyFileSync(`release/${zip}`, `site/${zip}`);
console.log(`site/: the demo, the builder (snippets for jsDelivr, version ${manifest.version}), the guides and ${zip}`);
