// Pins the README's and the guides' script tags to this build (scripts/lib/pin-snippets.mjs).
// Part of `npm run build`, after scripts/manifest.mjs; rewrites a file only when it changes.
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { pinReleaseLinks, pinSnippets } from './lib/pin-snippets.mjs';

const DOCS = ['README.md', 'demo/index.html', ...readdirSync('docs').filter((file) => file.endsWith('.md')).map((file) => `docs/${file}`)];

const manifest = JSON.parse(readFileSync('dist/manifest.json', 'utf8'));
const changed = [];
for (const file of DOCS) {
  const before = readFileSync(file, 'utf8');
  const after = pinReleaseLinks(pinSnippets(before, manifest), manifest.version);
  if (after !== before) {
    writeFileSync(file, after);
    changed.push(file);
  }
}
console.log(changed.length ? `docs: pinned the snippets of ${changed.join(', ')} to ${manifest.version}` : `docs: snippets pinned to ${manifest.version}`);
