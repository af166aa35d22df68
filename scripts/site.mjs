// `npm run site`: the release's pages as a static site in site/ (a project page; see
// .github/workflows/pages.yml), with the release zip behind its Download link. Its builder
// writes snippets for jsDelivr's copy of this version of the npm package, so a webmaster there
// needs no files of their own. `--no-build` as release.mjs.
import { execSync } from 'node:child_process';
import { copyFileSync, readFileSync } from 'node:fs';
import { writeStaticPages } from './lib/static-pages.mjs';

const { version } = JSON.parse(readFileSync('package.json', 'utf8'));
// The site's snippets pin jsDelivr's copy of this version to this build's hashes: they hold only
// when this build is what was published as that version, that is, at its release commit, where
// CHANGELOG.md's [Unreleased] is empty. `--draft` builds it anyway, for a look or a test.
const unreleased = /## \[Unreleased\]\s*\n([\s\S]*?)\n## \[/.exec(readFileSync('CHANGELOG.md', 'utf8'))?.[1].trim();
if (unreleased && !process.argv.includes('--draft')) {
  console.error(`site: CHANGELOG.md has unreleased changes, so this build is not version ${version} as published; its snippets would carry hashes no published file has. Release first, or use --draft.`);
  process.exit(1);
}
if (!process.argv.includes('--no-build')) execSync('npm run build', { stdio: 'inherit' });
const zip = `safe-communities-widgets-${version}.zip`;
execSync('node scripts/release.mjs --no-build', { stdio: 'inherit' });
const { manifest } = await writeStaticPages('site', { host: 'cdn', download: zip, plugin: `release/safe-communities-widgets-wordpress-${version}.zip` });
copyFileSync(`release/${zip}`, `site/${zip}`);
console.log(`site/: the demo, the builder (snippets for jsDelivr, version ${manifest.version}), the guides and ${zip}`);
