// The docs cannot fail open: every script tag of ours that the README and the guides show
// carries the real integrity hash of that file in this build, so a snippet pasted as written is
// protected (or refused), never loaded unprotected. The build pins them (scripts/docs.mjs).
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { pinSnippets, unpinnedScripts } from '../../scripts/lib/pin-snippets.mjs';
import { applyHeights, ELEMENTS, WIDTHS } from '../../scripts/lib/heights.mjs';

const manifest = JSON.parse(readFileSync('dist/manifest.json', 'utf8'));
const docs = ['README.md', 'demo/index.html', ...readdirSync('docs').filter((file) => file.endsWith('.md')).map((file) => `docs/${file}`)];

describe('the snippets in the README and the guides', () => {
  for (const file of docs) {
    it(`${file}: every script tag of ours carries this build's hash, and no placeholder is left`, () => {
      const text = readFileSync(file, 'utf8');
      assert.deepEqual(unpinnedScripts(text, manifest), []);
      assert.doesNotMatch(text, /sha384-(?![A-Za-z0-9+/]{64})/, 'an integrity value that is not a hash');
    });
  }

  it('every download link is to this version’s release zip, which the npm package holds', () => {
    const { version, files } = JSON.parse(readFileSync('package.json', 'utf8'));
    assert.ok(files.includes('release/*.zip'));
    let links = 0;
    for (const file of docs) {
      for (const [, linked, zip] of readFileSync(file, 'utf8').matchAll(/cdn\.jsdelivr\.net\/npm\/safe-communities-widgets@([\w.-]+)\/release\/([\w.-]+\.zip)/g)) {
        links += 1;
        assert.equal(linked, version, `${file}: ${zip}`);
        assert.match(zip, new RegExp(`^safe-communities-widgets(-wordpress)?-${version.replace(/\./g, '\\.')}\.zip$`), `${file}: ${zip}`);
      }
    }
    assert.ok(links >= 4, `${links} download links`);
  });

  it('each guide shows its snippets with integrity, like the README', () => {
    for (const file of docs.filter((name) => name.startsWith('docs/'))) {
      const text = readFileSync(file, 'utf8');
      assert.ok([...text.matchAll(/integrity="sha384-/g)].length >= 1, `${file} pins its scripts`);
    }
  });

  it('pinning replaces a placeholder, a stale hash and a stale version, keeping the layout', () => {
    const file = 'safe-communities.js';
    const { integrity } = manifest.files[file];
    const stale = `<script type="module"\n  src="https://cdn.jsdelivr.net/npm/safe-communities-widgets@0.0.9/dist/${file}"\n  integrity="sha384-…"\n  crossorigin="anonymous"></script>`;
    assert.equal(
      pinSnippets(stale, manifest),
      `<script type="module"\n  src="https://cdn.jsdelivr.net/npm/safe-communities-widgets@${manifest.version}/dist/${file}"\n  integrity="${integrity}"\n  crossorigin="anonymous"></script>`,
    );
    assert.equal(
      pinSnippets(`<script src="/safe-communities/0.0.9/safe-communities.iife.js" integrity="sha384-(from dist/manifest.json)" defer></script>`, manifest),
      `<script src="/safe-communities/${manifest.version}/safe-communities.iife.js" integrity="${manifest.files['safe-communities.iife.js'].integrity}" crossorigin="anonymous" defer></script>`,
    );
    assert.equal(unpinnedScripts(stale, manifest).length, 1, 'the stale one is caught');
    // As escaped text on a page that shows the snippet.
    assert.equal(
      pinSnippets(`&lt;script type="module" src="/safe-communities/0.1.0/${file}"&gt;&lt;/script&gt;`, manifest),
      `&lt;script type="module" src="/safe-communities/${manifest.version}/${file}" integrity="${integrity}" crossorigin="anonymous"&gt;&lt;/script&gt;`,
    );
    // Single quotes are a script tag too.
    assert.equal(unpinnedScripts(`<script src='/safe-communities/0.1.0/${file}'></script>`, manifest).length, 1);
    assert.match(pinSnippets(`<script src='/safe-communities/0.1.0/${file}'></script>`, manifest), new RegExp(`src='[^']+' integrity="${integrity.replace(/[+/]/g, '\\$&')}"`));
    // Other people's scripts are left alone.
    assert.equal(pinSnippets('<script src="https://example.org/other.js"></script>', manifest), '<script src="https://example.org/other.js"></script>');
  });
});

describe('the "no jump" heights', () => {
  const table = JSON.parse(readFileSync('docs/heights.json', 'utf8'));

  it('docs/heights.json has a height for each element at each width', () => {
    for (const element of ELEMENTS) for (const { name } of WIDTHS) assert.ok(table.heights[element][name] > 200, `${element} ${name}`);
  });

  for (const file of docs) {
    it(`${file}: every reserved height comes from docs/heights.json`, () => {
      const text = readFileSync(file, 'utf8');
      assert.equal(applyHeights(text, table.heights), text, 'its CSS is the table’s (npm run heights rewrites it)');
      // No hand-written height outside the generated blocks.
      const outside = text.replace(/<!-- heights: [\w -]+ -->\n```css\n(?:(?!```)[^])*```/g, '');
      assert.doesNotMatch(outside, /:not\(:defined\)[^\n]*min-height/);
    });
  }

  it('a changed table changes the docs', () => {
    const text = '<!-- heights: sca-explainer -->\n```css\nold\n```\n';
    const changed = structuredClone(table.heights);
    changed['sca-explainer'].phone = 1234;
    assert.match(applyHeights(text, changed), /sca-explainer:not\(:defined\) \{ min-height: 1234px; \}/);
    assert.doesNotMatch(applyHeights(text, changed), /old/);
  });
});
