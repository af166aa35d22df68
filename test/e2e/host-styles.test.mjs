// The built bundle on host pages styled with real stylesheets: an aggressive reset, Bootstrap 5,
// Tailwind's preflight, WordPress's block styles and `html { font-size: 62.5% }`, each with a
// fixed header at the highest z-index. The explainer must look the same on every one of them as
// on a plain page (compared pixel by pixel with one committed reference), and the contact
// dialog must open above the header. Then the exact snippets from docs/*.md, pasted into pages
// built like WordPress's and Squarespace's output, must render.
//
// The framework stylesheets are read from their npm packages at test time, never committed.
// UPDATE_REFERENCES=1 rewrites test/e2e/references/plain.png from the plain page.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync, inflateSync, deflateSync } from 'node:zlib';
import { compile as compileTailwind } from 'tailwindcss';
import { isWidgetFile, launchBrowser, openRecordedPage, startHostOrigin, startScriptOrigin } from './support.mjs';
import { DATA_COURT_NUMBER } from '../../scripts/lib/test-clock.mjs';

const require = createRequire(import.meta.url);
const here = dirname(fileURLToPath(import.meta.url));
const referenceFile = join(here, 'references', 'plain.png');
const artifacts = join('.tmp', 'e2e', 'host-styles-artifacts');
const updateReferences = process.env.UPDATE_REFERENCES === '1';

/** Share of differing pixels above which a host page counts as damaging the widget. */
const MAX_DIFFERING_SHARE = 0.01;
/** A pixel differs when one of its channels differs by more than this (of 255). */
const CHANNEL_TOLERANCE = 32;
const VIEWPORT = { width: 1024, height: 768 };
const HEADER_HEIGHT = 120;

// ---------------------------------------------------------------------------------------------
// PNG: a minimal decoder for what Chromium writes (8-bit RGB or RGBA, not interlaced) and an
// encoder for the diff images left in .tmp/ when a comparison fails.

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(bytes) {
  let c = 0xffffffff;
  for (const byte of bytes) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

/** @returns {{ width: number, height: number, rgba: Uint8Array }} */
function decodePng(buffer) {
  assert.equal(buffer.subarray(0, 8).toString('hex'), '89504e470d0a1a0a', 'a PNG signature');
  let offset = 8;
  let header;
  const data = [];
  while (offset < buffer.length) {
    const length = buffer.readUInt32BE(offset);
    const type = buffer.toString('latin1', offset + 4, offset + 8);
    const body = buffer.subarray(offset + 8, offset + 8 + length);
    if (type === 'IHDR') {
      header = {
        width: body.readUInt32BE(0),
        height: body.readUInt32BE(4),
        bitDepth: body[8],
        colorType: body[9],
        interlace: body[12],
      };
    } else if (type === 'IDAT') data.push(body);
    else if (type === 'IEND') break;
    offset += 12 + length;
  }
  const { width, height, bitDepth, colorType, interlace } = header;
  assert.ok(bitDepth === 8 && (colorType === 2 || colorType === 6) && interlace === 0, 'an 8-bit RGB(A) PNG, not interlaced');
  const channels = colorType === 6 ? 4 : 3;
  const stride = width * channels;
  const raw = inflateSync(Buffer.concat(data));
  const pixels = new Uint8Array(stride * height);
  for (let y = 0; y < height; y++) {
    const filter = raw[y * (stride + 1)];
    const line = raw.subarray(y * (stride + 1) + 1, (y + 1) * (stride + 1));
    const out = pixels.subarray(y * stride, (y + 1) * stride);
    const previous = y > 0 ? pixels.subarray((y - 1) * stride, y * stride) : new Uint8Array(stride);
    for (let x = 0; x < stride; x++) {
      const left = x >= channels ? out[x - channels] : 0;
      const up = previous[x];
      const upLeft = x >= channels ? previous[x - channels] : 0;
      let predictor;
      if (filter === 0) predictor = 0;
      else if (filter === 1) predictor = left;
      else if (filter === 2) predictor = up;
      else if (filter === 3) predictor = (left + up) >> 1;
      else if (filter === 4) {
        const p = left + up - upLeft;
        const pa = Math.abs(p - left);
        const pb = Math.abs(p - up);
        const pc = Math.abs(p - upLeft);
        predictor = pa <= pb && pa <= pc ? left : pb <= pc ? up : upLeft;
      } else throw new Error(`PNG filter type ${filter} is not 0-4`);
      out[x] = (line[x] + predictor) & 0xff;
    }
  }
  if (channels === 4) return { width, height, rgba: pixels };
  const rgba = new Uint8Array(width * height * 4);
  for (let i = 0, j = 0; i < pixels.length; i += 3, j += 4) {
    rgba[j] = pixels[i];
    rgba[j + 1] = pixels[i + 1];
    rgba[j + 2] = pixels[i + 2];
    rgba[j + 3] = 255;
  }
  return { width, height, rgba };
}

function encodePng({ width, height, rgba }) {
  const chunk = (type, body) => {
    const head = Buffer.alloc(8);
    head.writeUInt32BE(body.length, 0);
    head.write(type, 4, 'latin1');
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), body])), 0);
    return Buffer.concat([head, body, crc]);
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr.set([8, 6, 0, 0, 0], 8);
  const raw = Buffer.alloc((width * 4 + 1) * height);
  for (let y = 0; y < height; y++) raw.set(rgba.subarray(y * width * 4, (y + 1) * width * 4), y * (width * 4 + 1) + 1);
  return Buffer.concat([
    Buffer.from('89504e470d0a1a0a', 'hex'),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/**
 * Compares two decoded images over the union of their sizes: a pixel only one image has counts
 * as differing. Returns the share of differing pixels and an image that marks them in red.
 */
function comparePngs(actual, expected) {
  const width = Math.max(actual.width, expected.width);
  const height = Math.max(actual.height, expected.height);
  const diff = new Uint8Array(width * height * 4);
  let differing = 0;
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const at = (y * width + x) * 4;
      const inActual = x < actual.width && y < actual.height;
      const inExpected = x < expected.width && y < expected.height;
      let differs = !inActual || !inExpected;
      if (!differs) {
        const a = (y * actual.width + x) * 4;
        const e = (y * expected.width + x) * 4;
        for (let c = 0; c < 4; c++) {
          if (Math.abs(actual.rgba[a + c] - expected.rgba[e + c]) > CHANNEL_TOLERANCE) differs = true;
        }
        // Unchanged pixels are drawn faintly, so the red marks stand out.
        const grey = 255 - ((255 - expected.rgba[e]) >> 2);
        diff.set([grey, grey, grey, 255], at);
      }
      if (differs) {
        differing++;
        diff.set([230, 0, 0, 255], at);
      }
    }
  }
  return { share: differing / (width * height), diff: { width, height, rgba: diff } };
}

// ---------------------------------------------------------------------------------------------
// The host stylesheets, read from their npm packages.

/** Bootstrap 5's compiled stylesheet (reboot included). */
function bootstrapCss() {
  return readFileSync(require.resolve('bootstrap/dist/css/bootstrap.min.css'), 'utf8');
}

/**
 * Tailwind CSS v4's preflight as Tailwind itself emits it: the package's preflight.css uses
 * `--theme()`, which only Tailwind's compiler resolves, so it goes through `compile()` exactly
 * like `@import "tailwindcss/preflight"` in a site's stylesheet.
 */
async function tailwindPreflightCss() {
  const compiler = await compileTailwind(
    "@layer theme, base;\n@import 'tailwindcss/theme.css' layer(theme);\n@import 'tailwindcss/preflight.css' layer(base);",
    {
      base: process.cwd(),
      async loadStylesheet(id, base) {
        const path = require.resolve(id);
        return { path, base: dirname(path), content: readFileSync(path, 'utf8') };
      },
    },
  );
  return compiler.build([]);
}

/**
 * WordPress's block styles: build-style/style.css and theme.css of @wordpress/block-library,
 * the only official npm package that ships them. Installing it pulls in the whole block editor
 * (about 300 packages, close to 1 GB), so unless it is already in node_modules the test asks
 * npm for the package's own tarball (3 MB, no dependencies), keeps it in .tmp/npm-pack/ and
 * reads the two files out of it.
 */
const WORDPRESS_BLOCK_LIBRARY = '@wordpress/block-library@11.0.0';
function wordpressBlockCss() {
  try {
    const dir = dirname(require.resolve('@wordpress/block-library/package.json'));
    return ['style.css', 'theme.css'].map((file) => readFileSync(join(dir, 'build-style', file), 'utf8'));
  } catch {
    // not installed: read the pinned version's tarball
  }
  const cache = join('.tmp', 'npm-pack');
  const tarball = join(cache, `wordpress-block-library-${WORDPRESS_BLOCK_LIBRARY.split('@').pop()}.tgz`);
  if (!existsSync(tarball)) {
    mkdirSync(cache, { recursive: true });
    execFileSync('npm', ['pack', WORDPRESS_BLOCK_LIBRARY, '--pack-destination', cache, '--silent'], { stdio: 'pipe' });
  }
  const files = readTar(gunzipSync(readFileSync(tarball)));
  return ['style.css', 'theme.css'].map((file) => {
    const content = files.get(`package/build-style/${file}`);
    assert.ok(content, `${WORDPRESS_BLOCK_LIBRARY} ships build-style/${file}`);
    return content.toString('utf8');
  });
}

/** Regular files of a (ustar or pax) tar archive, by path. */
function readTar(archive) {
  const files = new Map();
  let paxPath;
  for (let offset = 0; offset + 512 <= archive.length; ) {
    const header = archive.subarray(offset, offset + 512);
    if (header.every((byte) => byte === 0)) break;
    const field = (start, length) => header.toString('utf8', start, start + length).replace(/\0.*$/s, '');
    const size = parseInt(field(124, 12).trim() || '0', 8);
    const type = field(156, 1) || '0';
    const prefix = field(345, 155);
    const body = archive.subarray(offset + 512, offset + 512 + size);
    if (type === 'x') paxPath = body.toString('utf8').match(/^\d+ path=(.*)$/m)?.[1];
    else if (type === '0') {
      files.set(paxPath ?? (prefix ? `${prefix}/${field(0, 100)}` : field(0, 100)), body);
      paxPath = undefined;
    }
    offset += 512 + Math.ceil(size / 512) * 512;
  }
  return files;
}

// ---------------------------------------------------------------------------------------------
// The host pages.

// Every page, plain or not, gets the same host font, page box and fixed header, loaded AFTER the
// framework's stylesheet. The widget inherits the host's font on purpose (--sca-font-family:
// inherit) and each framework picks its own body font and margin: those differences are the
// host's choice, not damage. The host's own heading and paragraph get whole-pixel sizes too, so
// the explainer starts at the same whole-pixel y on every page (a fractional offset shifts the
// screenshot by a pixel row). Pinning these isolates what the comparison is about: whether the
// framework's rules break the widget's layout, sizes, spacing and colors.
const siteCss = `
body { margin: 0; padding: ${HEADER_HEIGHT + 20}px 32px 32px; font-family: 'DejaVu Sans', sans-serif; }
body > h1 { margin: 0 0 16px; font-size: 32px; line-height: 40px; }
body > p { margin: 0 0 16px; font-size: 16px; line-height: 24px; }
.masthead {
  position: fixed; top: 0; left: 0; right: 0; height: ${HEADER_HEIGHT}px;
  z-index: 2147483647; background: #400; color: #fff; display: block;
}
`;

const STYLED = {
  hostile: { title: 'an aggressive global reset (test/e2e/fixtures/hostile.css)' },
  bootstrap: { title: 'Bootstrap 5 (bootstrap/dist/css/bootstrap.min.css)' },
  tailwind: { title: "Tailwind CSS v4's preflight (tailwindcss/preflight.css)" },
  wordpress: { title: 'WordPress block styles (@wordpress/block-library style.css and theme.css)' },
  'root-62-5': { title: 'html { font-size: 62.5% }' },
};

function hostPage(scriptUrl, stylesheets) {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Partner page</title>
${[...stylesheets, 'site.css'].map((file) => `<link rel="stylesheet" href="/${file}">`).join('\n')}
<script type="module" src="${scriptUrl}/safe-communities.js"></script>
</head>
<body>
<header class="masthead">Partner masthead</header>
<h1>Our partner organization</h1>
<p>Text of the host page.</p>
<sca-explainer></sca-explainer>
<sca-contact bill-house="H.2580" bill-senate="S.1681" bill-session="${DATA_COURT_NUMBER}"></sca-contact>
</body>
</html>`;
}

/** The first ```html block of a guide, with its script URL pointed at the test's script origin. */
function guideSnippet(guide, scriptUrl) {
  const text = readFileSync(join(here, '..', '..', 'docs', guide), 'utf8');
  const snippet = text.match(/```html\n([\s\S]*?)```/)?.[1];
  assert.ok(snippet, `docs/${guide} has an html code block`);
  assert.match(snippet, /<sca-explainer[\s>]/, `docs/${guide}: the snippet has <sca-explainer>`);
  assert.match(snippet, /<sca-contact[\s>]/, `docs/${guide}: the snippet has <sca-contact>`);
  // Its integrity hash stays: the script origin serves this build, so a wrong hash would fail here.
  assert.match(snippet, /integrity="sha384-[A-Za-z0-9+/=]{64}"/, `docs/${guide}: the snippet pins the script`);
  const pointed = snippet
    .replace(/src="[^"]*\/(safe-communities[\w.-]*\.js)"/g, (_, file) => `src="${scriptUrl}/${file}"`);
  assert.notEqual(pointed, snippet, `docs/${guide}: the snippet loads the bundle by URL`);
  return pointed;
}

function cmsFixture(name, snippet) {
  const html = readFileSync(join(here, 'fixtures', 'cms', `${name}.html`), 'utf8');
  assert.ok(html.includes('<!-- snippet -->'), `fixtures/cms/${name}.html marks where the snippet goes`);
  return html.replace('<!-- snippet -->', snippet);
}

describe('the widget on host pages styled with real CSS', () => {
  let scriptOrigin;
  let hostOrigin;
  let browser;
  /** Differing share of the plain page against the reference, to tell a stale reference from damage. */
  let plainShare;

  before(async () => {
    scriptOrigin = await startScriptOrigin();
    const [wpStyle, wpTheme] = wordpressBlockCss();
    const assets = {
      'site.css': siteCss,
      'hostile.css': readFileSync(join(here, 'fixtures', 'hostile.css'), 'utf8'),
      'bootstrap.css': bootstrapCss(),
      'tailwind-preflight.css': await tailwindPreflightCss(),
      'wp-block-library.css': wpStyle,
      'wp-block-library-theme.css': wpTheme,
      'root-62-5.css': 'html { font-size: 62.5%; }\n',
      // Uses the widget's documented spacing property: the widget must change, and the comparison must see it.
      'control.css': 'sca-explainer { --sca-space: 1.25em; }\n',
      'favicon.ico': '',
    };
    const stylesheets = {
      plain: [],
      hostile: ['hostile.css'],
      bootstrap: ['bootstrap.css'],
      tailwind: ['tailwind-preflight.css'],
      wordpress: ['wp-block-library.css', 'wp-block-library-theme.css'],
      'root-62-5': ['root-62-5.css'],
      control: ['control.css'],
    };
    const pages = {};
    for (const [name, files] of Object.entries(stylesheets)) pages[`${name}.html`] = { html: hostPage(scriptOrigin.url, files) };
    pages['guide-wordpress.html'] = { html: cmsFixture('wordpress', guideSnippet('wordpress.md', scriptOrigin.url)) };
    pages['guide-squarespace.html'] = { html: cmsFixture('squarespace', guideSnippet('squarespace.md', scriptOrigin.url)) };
    pages['guide-plain-html.html'] = {
      html: `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>A plain page</title></head>
<body>
<h1>A hand-written page</h1>
${guideSnippet('plain-html.md', scriptOrigin.url)}
</body>
</html>`,
    };
    hostOrigin = await startHostOrigin('host-styles', pages, assets);
    browser = await launchBrowser();
    mkdirSync(artifacts, { recursive: true });
  });

  after(async () => {
    await browser?.close();
    await hostOrigin?.close();
    await scriptOrigin?.close();
  });

  /** Opens a host page with the widget defined and rendered; closes it after `steps`. */
  async function onPage(file, steps, viewport = VIEWPORT) {
    const { context, page, record } = await openRecordedPage(browser, { viewport, locale: 'en-US', reducedMotion: 'reduce' });
    try {
      await page.goto(`${hostOrigin.url}/${file}`);
      await page.locator('sca-explainer [part~="provision-title"]').first().waitFor({ state: 'visible', timeout: 10000 });
      await page.evaluate(() => document.fonts.ready);
      await steps(page, record);
      assert.deepEqual(record.pageErrors, [], 'no uncaught error');
      assert.deepEqual(record.consoleErrors, [], 'no console error or warning');
      const outside = record.requests.filter((url) => ![hostOrigin.url, scriptOrigin.url].includes(new URL(url).origin));
      assert.deepEqual(outside, [], 'no request left for a third origin');
    } finally {
      await context.close();
    }
  }

  /** A PNG of the explainer alone; the fixed header is hidden only while it is photographed. */
  async function photographExplainer(page) {
    return page.locator('sca-explainer').screenshot({
      animations: 'disabled',
      caret: 'hide',
      style: '.masthead { visibility: hidden !important; }',
    });
  }

  /** Opens the contact dialog, shows Abington's legislators and checks the dialog is on top. */
  async function checkDialogAboveHeader(page) {
    await page.locator('sca-contact [part="button"]').click();
    const town = page.locator('sca-contact #town');
    await town.waitFor();
    await town.fill('Abington');
    await page.keyboard.press('Enter');
    await page.locator('sca-contact .reason').waitFor();
    const onTop = await page.evaluate((headerHeight) => {
      const root = document.querySelector('sca-contact').shadowRoot;
      const dialog = root.querySelector('dialog');
      const box = dialog.getBoundingClientRect();
      // A point of the dialog's top area that lies inside the fixed header as well.
      const x = box.left + box.width / 2;
      const y = Math.min(box.top + 10, headerHeight - 10);
      const hit = root.elementFromPoint(x, y);
      return {
        open: dialog.open,
        modal: dialog.matches(':modal'),
        top: box.top,
        bottom: box.bottom,
        inDialog: dialog.contains(hit),
        hit: hit ? `${hit.localName}${hit.className ? `.${hit.className}` : ''}` : null,
        documentHit: document.elementFromPoint(x, y)?.localName ?? null,
      };
    }, HEADER_HEIGHT);
    assert.equal(onTop.open && onTop.modal, true, 'the dialog is open as a modal');
    assert.ok(onTop.top < HEADER_HEIGHT - 10, `the dialog (top ${onTop.top}px) reaches under the ${HEADER_HEIGHT}px header`);
    assert.equal(onTop.inDialog, true, `the dialog's top area is above the header (hit ${onTop.hit}, document hit ${onTop.documentHit})`);
    assert.equal(onTop.documentHit, 'sca-contact', 'the page itself sees the widget, not the header, at that point');
  }

  it('plain host page: matches the committed reference', async () => {
    await onPage('plain.html', async (page) => {
      const png = await photographExplainer(page);
      // A missing reference is written (first run), except on CI, where it must be committed.
      assert.ok(existsSync(referenceFile) || !process.env.CI, `${referenceFile} is missing: run UPDATE_REFERENCES=1 and commit it`);
      if (updateReferences || !existsSync(referenceFile)) {
        mkdirSync(dirname(referenceFile), { recursive: true });
        writeFileSync(referenceFile, png);
        console.log(`wrote ${referenceFile}`);
      }
      const { share, diff } = comparePngs(decodePng(png), decodePng(readFileSync(referenceFile)));
      plainShare = share;
      console.log(`plain: ${(share * 100).toFixed(3)}% of pixels differ from the reference`);
      if (share > MAX_DIFFERING_SHARE) {
        writeFileSync(join(artifacts, 'plain.actual.png'), png);
        writeFileSync(join(artifacts, 'plain.diff.png'), encodePng(diff));
      }
      assert.ok(
        share <= MAX_DIFFERING_SHARE,
        `${(share * 100).toFixed(2)}% of pixels differ from references/plain.png: if the widget's look changed on purpose, ` +
          `run UPDATE_REFERENCES=1 node --test test/e2e/host-styles.test.mjs (actual and diff in ${artifacts}/)`,
      );
      await checkDialogAboveHeader(page);
    });
  });

  for (const [name, { title }] of Object.entries(STYLED)) {
    it(`${title}: looks like the plain page, dialog above the fixed header`, async () => {
      await onPage(`${name}.html`, async (page) => {
        const png = await photographExplainer(page);
        const { share, diff } = comparePngs(decodePng(png), decodePng(readFileSync(referenceFile)));
        console.log(`${name}: ${(share * 100).toFixed(3)}% of pixels differ from the plain reference`);
        if (share > MAX_DIFFERING_SHARE) {
          writeFileSync(join(artifacts, `${name}.actual.png`), png);
          writeFileSync(join(artifacts, `${name}.diff.png`), encodePng(diff));
        }
        const stale = plainShare > MAX_DIFFERING_SHARE ? ` (the plain page itself differs by ${(plainShare * 100).toFixed(2)}%: the reference is stale)` : '';
        assert.ok(
          share <= MAX_DIFFERING_SHARE,
          `${(share * 100).toFixed(2)}% of pixels differ from the plain page${stale}; actual and diff in ${artifacts}/${name}.*.png`,
        );
        await checkDialogAboveHeader(page);
      });
    });
  }

  it('a host page that does change the widget is caught (control)', async () => {
    // Without this control, 0% everywhere above could mean the comparison sees nothing.
    await onPage('control.html', async (page) => {
      const { share } = comparePngs(decodePng(await photographExplainer(page)), decodePng(readFileSync(referenceFile)));
      console.log(`control: ${(share * 100).toFixed(3)}% of pixels differ from the plain reference`);
      assert.ok(share > MAX_DIFFERING_SHARE * 5, `--sca-space: 1.25em changed ${(share * 100).toFixed(2)}% of pixels`);
    });
  });

  for (const [guide, file] of [
    ['wordpress.md', 'guide-wordpress.html'],
    ['squarespace.md', 'guide-squarespace.html'],
    ['plain-html.md', 'guide-plain-html.html'],
  ]) {
    it(`docs/${guide}: its snippet, pasted as the guide says, renders and opens`, async () => {
      await onPage(file, async (page, record) => {
        const titles = page.locator('sca-explainer [part~="provision-title"]');
        assert.equal(await titles.count(), 3);
        const look = await page.evaluate(() => {
          const explainer = document.querySelector('sca-explainer');
          const root = explainer.shadowRoot;
          const box = explainer.getBoundingClientRect();
          return {
            width: box.width,
            height: box.height,
            badge: getComputedStyle(root.querySelector('[part="number"]')).backgroundColor,
            fontSize: parseFloat(getComputedStyle(root.querySelector('[part="body"]')).fontSize),
            pageOverflow: document.documentElement.scrollWidth - innerWidth,
          };
        });
        assert.ok(look.width > 300 && look.height > 300, `the explainer takes room (${look.width}×${look.height})`);
        assert.equal(look.badge, 'rgb(31, 79, 191)', 'the widget styles applied');
        assert.ok(look.fontSize >= 14, `body text is ${look.fontSize}px`);
        assert.ok(look.pageOverflow <= 0, 'no horizontal scroll');
        await page.locator('sca-contact [part="button"]').click();
        await page.locator('sca-contact #town').waitFor();
        assert.equal(await page.evaluate(() => document.querySelector('sca-contact').shadowRoot.activeElement?.id), 'town');
        const bundles = record.requests.filter((url) => url.startsWith(scriptOrigin.url) && url.endsWith('.js'));
        assert.equal(bundles.length, 1, `the bundle was loaded once: ${bundles.join(', ')}`);
        const files = record.requests.filter((url) => url.startsWith(scriptOrigin.url));
        assert.ok(files.every((url) => isWidgetFile(url, scriptOrigin.url)), `only the widget's files: ${files.join(', ')}`);
      });
    });
  }
});
