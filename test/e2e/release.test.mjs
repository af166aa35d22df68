// The release zip as a webmaster without Node uses it: unzipped into an empty folder, served by a
// plain static server (and opened by double-click, file://), its builder makes a snippet that,
// pasted into a page on another origin, renders the widget with its integrity checked.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { unzipSync } from 'fflate';
import { startStaticServer } from '../../scripts/lib/static-server.mjs';
import { launchBrowser, openRecordedPage, startHostOrigin } from './support.mjs';

const { version } = JSON.parse(readFileSync('package.json', 'utf8'));
const name = `safe-communities-widgets-${version}`;
const unzipped = resolve('.tmp', 'e2e', 'release-unzipped');
const folder = join(unzipped, name);

/** Every file under `dir`, relative to it. */
const filesIn = (dir, prefix = '') =>
  readdirSync(join(dir, prefix), { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? filesIn(dir, join(prefix, entry.name)) : [join(prefix, entry.name)],
  );

describe('the release zip', () => {
  let site;
  let scriptOrigin;
  let browser;
  let manifest;

  before(async () => {
    // dist/ and lib/ are built (npm test builds first).
    const made = spawnSync(process.execPath, ['scripts/release.mjs', '--no-build'], { encoding: 'utf8' });
    assert.equal(made.status, 0, made.stderr);
    rmSync(unzipped, { recursive: true, force: true });
    mkdirSync(unzipped, { recursive: true });
    for (const [path, bytes] of Object.entries(unzipSync(readFileSync(join('release', `${name}.zip`))))) {
      if (path.endsWith('/')) continue;
      mkdirSync(dirname(join(unzipped, path)), { recursive: true });
      writeFileSync(join(unzipped, path), bytes);
    }
    manifest = JSON.parse(readFileSync(join(folder, 'dist', 'manifest.json'), 'utf8'));
    site = await startStaticServer(unzipped);
    // The partner's copy of dist/, from the zip, on an origin of its own.
    scriptOrigin = await startStaticServer(join(folder, 'dist'), { host: '127.0.0.1', headers: () => ({ 'access-control-allow-origin': '*' }) });
    browser = await launchBrowser();
  });
  after(async () => {
    await browser?.close();
    await site?.close();
    await scriptOrigin?.close();
  });

  it('holds dist/ with its manifest and catalogs, the pages, the guides as HTML, LICENSE and CHANGELOG', () => {
    const files = filesIn(folder);
    const expected = [
      ...Object.keys(manifest.files).map((file) => `dist/${file}`),
      ...Object.keys(manifest.catalogs).map((file) => `dist/${file}`),
      'dist/manifest.json',
      'index.html',
      'demo/index.html',
      'demo/builder.html',
      'demo/builder.js',
      'README.html',
      ...readdirSync('docs').filter((file) => file.endsWith('.md')).map((file) => `docs/${file.replace(/\.md$/, '.html')}`),
      'LICENSE',
      'CHANGELOG.md',
      `wordpress/safe-communities-widgets-wordpress-${version}.zip`,
    ];
    assert.deepEqual(expected.filter((file) => !files.includes(file)), []);
    assert.deepEqual(files.filter((file) => /node_modules|\.ts$|\.mjs$/.test(file)), [], 'nothing that needs Node');
  });

  it('every link between its pages leads to a file in the folder', () => {
    const pages = filesIn(folder).filter((file) => file.endsWith('.html'));
    const broken = [];
    for (const page of pages) {
      const html = readFileSync(join(folder, page), 'utf8');
      for (const [, target] of html.matchAll(/(?:href|src)="([^"#?]+)[^"]*"/g)) {
        if (/^(https?:|mailto:|tel:|data:|\/)/.test(target)) continue;
        if (!existsSync(join(folder, dirname(page), decodeURIComponent(target)))) broken.push(`${page} → ${target}`);
      }
    }
    assert.deepEqual(broken, []);
  });

  async function builderSnippet(url, { selfPath } = {}) {
    const { context, page, record } = await openRecordedPage(browser, { viewport: { width: 1280, height: 1000 } });
    try {
      await page.goto(url);
      await page.waitForFunction(
        () => document.querySelector('#preview sca-campaign')?.shadowRoot?.querySelector('sca-explainer')?.shadowRoot?.querySelectorAll('[part~="provision-title"]').length === 3,
        null,
        { timeout: 10000 },
      );
      if (selfPath) {
        await page.fill('#self-path', selfPath);
        await page.waitForFunction((path) => document.querySelector('#snippet').textContent.includes(path), selfPath, { timeout: 5000 });
      }
      const snippet = await page.locator('#snippet').textContent();
      return { snippet, record };
    } finally {
      await context.close();
    }
  }

  it('its builder, served by a plain static server, makes a snippet that works pasted into another site', async () => {
    const { snippet, record } = await builderSnippet(`${site.url}/${name}/demo/builder.html`, { selfPath: scriptOrigin.url });
    assert.deepEqual(record.pageErrors, []);
    assert.ok(
      snippet.includes(`<script type="module" src="${scriptOrigin.url}/safe-communities.js" integrity="${manifest.files['safe-communities.js'].integrity}" crossorigin="anonymous"></script>`),
      snippet,
    );
    const tampered = snippet.replace(/integrity="sha384-[^"]+"/, `integrity="sha384-${'A'.repeat(64)}"`);
    const html = (body) => `<!doctype html><html lang="es"><head><meta charset="utf-8"><title>Pasted</title></head><body><h1>Partner</h1>\n${body}\n</body></html>`;
    const host = await startHostOrigin('release-pasted', { 'pasted.html': { html: html(snippet) }, 'tampered.html': { html: html(tampered) } }, { 'favicon.ico': '' });
    try {
      const visit = async (file) => {
        const { context, page, record: seen } = await openRecordedPage(browser);
        try {
          await page.goto(`${host.url}/${file}`);
          await page.waitForTimeout(800);
          const provisions = await page.evaluate(
            () => document.querySelector('sca-campaign')?.shadowRoot?.querySelector('sca-explainer')?.shadowRoot?.querySelectorAll('[part~="provision-title"]').length ?? 0,
          );
          const lang = await page.evaluate(() => document.querySelector('sca-campaign')?.shadowRoot?.querySelector('.root')?.lang ?? null);
          return { provisions, lang, seen };
        } finally {
          await context.close();
        }
      };
      const pasted = await visit('pasted.html');
      assert.equal(pasted.provisions, 3);
      assert.equal(pasted.lang, 'es', 'its Spanish catalog, from the zip’s catalogs/, passed its integrity check');
      assert.deepEqual(pasted.seen.consoleErrors, []);
      const refused = await visit('tampered.html');
      assert.equal(refused.provisions, 0);
      assert.ok(refused.seen.consoleErrors.some((message) => /integrity/i.test(message)), 'the browser refuses a file that does not match');
    } finally {
      await host.close();
    }
  });

  it('its builder and demo also work opened by double-click (file://)', async () => {
    const { snippet, record } = await builderSnippet(pathToFileURL(join(folder, 'demo', 'builder.html')).href);
    assert.deepEqual(record.pageErrors, []);
    assert.ok(snippet.includes(`src="/safe-communities/${version}/safe-communities.js" integrity="${manifest.files['safe-communities.js'].integrity}"`), snippet);
    const { context, page, record: demo } = await openRecordedPage(browser);
    try {
      await page.goto(pathToFileURL(join(folder, 'demo', 'index.html')).href);
      await page.waitForFunction(() => document.querySelector('sca-explainer')?.shadowRoot?.querySelectorAll('[part~="provision-title"]').length === 3, null, { timeout: 10000 });
      assert.deepEqual(demo.pageErrors, []);
    } finally {
      await context.close();
    }
  });

  it('`npm run site` makes the same pages with a builder that points at jsDelivr', async () => {
    // Not at a release commit (CHANGELOG has unreleased changes): refused unless a draft.
    const refused = spawnSync(process.execPath, ['scripts/site.mjs', '--no-build'], { encoding: 'utf8' });
    assert.notEqual(refused.status, 0);
    assert.match(refused.stderr, /unreleased changes/);
    const made = spawnSync(process.execPath, ['scripts/site.mjs', '--no-build', '--draft'], { encoding: 'utf8' });
    assert.equal(made.status, 0, made.stderr);
    const served = await startStaticServer('site');
    try {
      const { snippet } = await builderSnippet(`${served.url}/demo/builder.html`);
      assert.match(readFileSync('site/index.html', 'utf8'), new RegExp(`href="${name}\\.zip"`), 'the start page links the zip');
      assert.ok(existsSync(join('site', `${name}.zip`)));
      assert.ok(
        snippet.includes(`src="https://cdn.jsdelivr.net/npm/safe-communities-widgets@${version}/dist/safe-communities.js" integrity="${manifest.files['safe-communities.js'].integrity}" crossorigin="anonymous"`),
        snippet,
      );
    } finally {
      await served.close();
    }
  });
});
