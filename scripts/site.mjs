// `npm run site`: the release's pages as a static site in site/ (a project page; see
// .github/workflows/pages.yml). Its builder writes snippets for jsDelivr's copy of this version
// of the npm package, so a webmaster there needs no files of their own. `--no-build` as release.mjs.
import { execSync } from 'node:child_process';
import { writeStaticPages } from './lib/static-pages.mjs';

if (!process.argv.includes('--no-build')) execSync('npm run build', { stdio: 'inherit' });
const { manifest } = await writeStaticPages('site', { host: 'cdn' });
console.log(`site/: the demo, the builder (snippets for jsDelivr, version ${manifest.version}) and the guides`);
