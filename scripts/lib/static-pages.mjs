// The pages a webmaster uses without Node: the demo, the embed-code builder, the README and the
// guides as HTML, beside dist/. Written into one folder by `npm run release` (zipped) and
// `npm run site` (a project page). Every page works from a plain static server and opened by
// double-click (file://, where ES modules and fetch() do not load): the pages load the one-file
// classic build, and the builder is one classic script that is given its manifest.
import { copyFileSync, cpSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { Marked } from 'marked';
import { rollup } from 'rollup';
import resolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';

const GUIDES = readdirSync('docs').filter((file) => file.endsWith('.md')).sort();

/** GitHub's anchors for headings, so the README's and the guides' links to sections keep working. */
function slug(text) {
  return text
    .toLowerCase()
    .replace(/<[^>]+>/g, '')
    .replace(/[^\p{L}\p{N}\s-]/gu, '')
    .trim()
    .replace(/\s/g, '-');
}

function markdown() {
  const marked = new Marked({ gfm: true });
  const seen = new Map();
  marked.use({
    renderer: {
      heading({ tokens, depth, text }) {
        const base = slug(text);
        const count = seen.get(base) ?? 0;
        seen.set(base, count + 1);
        const id = count ? `${base}-${count}` : base;
        return `<h${depth} id="${id}">${this.parser.parseInline(tokens)}</h${depth}>\n`;
      },
      link({ href, title, tokens }) {
        // Our Markdown files are HTML here; other links stay as they are.
        const target = href.replace(/^((?:\.\.\/|\.\/)?(?:docs\/|xliff\/)?(?:README|wordpress|squarespace|plain-html))\.md(?=$|#)/, '$1.html');
        const quoted = (text) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
        return `<a href="${quoted(target)}"${title ? ` title="${quoted(title)}"` : ''}>${this.parser.parseInline(tokens)}</a>`;
      },
    },
  });
  return (text) => {
    seen.clear();
    return marked.parse(text);
  };
}

const pageOf = (title, body, stylesheet) => `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title>
<link rel="stylesheet" href="${stylesheet}">
</head>
<body>
<main>
${body}
</main>
</body>
</html>
`;

const DOC_CSS = `body { margin: 0; font: 1rem/1.55 system-ui, sans-serif; color: #1c2129; background: #fff; }
main { max-width: 52rem; margin: 0 auto; padding: 1rem 1.25rem 4rem; }
pre { overflow-x: auto; padding: 0.75rem; background: #f2f5f9; border-radius: 0.4rem; }
code { font-size: 0.92em; overflow-wrap: anywhere; }
pre code { overflow-wrap: normal; }
table { border-collapse: collapse; display: block; overflow-x: auto; }
th, td { border: 1px solid #c4cad3; padding: 0.35rem 0.5rem; text-align: start; vertical-align: top; }
img { max-width: 100%; height: auto; }
a { color: #1f4fbf; }
`;

/** The widget's module script in a page, swapped for the one-file classic build (no fetch, no module). */
function classicWidget(html) {
  const swapped = html.replace(/<script type="module" src="\.\.\/dist\/safe-communities\.js"[^>]*><\/script>/, '<script src="../dist/safe-communities.single.js"></script>');
  if (swapped === html) throw new Error('a demo page no longer loads ../dist/safe-communities.js as expected');
  return swapped;
}

/** demo/builder.js and the library code it uses, as one classic script. */
async function bundleBuilder(file) {
  const bundle = await rollup({
    input: 'demo/builder.js',
    plugins: [resolve({ exportConditions: ['production', 'browser'] }), terser({ ecma: 2022, format: { comments: false } })],
  });
  await bundle.write({ file, format: 'iife', inlineDynamicImports: true });
  await bundle.close();
}

/**
 * Writes the pages into `out`: dist/, demo/ (demo and builder), README.html and docs/*.html with
 * the README's images, LICENSE, CHANGELOG.md and a start page. `host` is what the builder's
 * snippets point at first: 'self' (the partner's own copy) or 'cdn' (jsDelivr, this version);
 * `download`, the release zip's file name, gives the start page a Download link (the site);
 * `plugin`, the WordPress plugin's zip, is copied into wordpress/ and linked.
 */
export async function writeStaticPages(out, { host = 'self', download = null, plugin = null } = {}) {
  const manifest = JSON.parse(readFileSync('dist/manifest.json', 'utf8'));
  rmSync(out, { recursive: true, force: true });
  mkdirSync(join(out, 'demo'), { recursive: true });
  mkdirSync(join(out, 'docs'), { recursive: true });
  cpSync('dist', join(out, 'dist'), { recursive: true });

  // The demo and the builder.
  writeFileSync(join(out, 'demo', 'index.html'), classicWidget(readFileSync('demo/index.html', 'utf8')));
  const builder = classicWidget(readFileSync('demo/builder.html', 'utf8')).replace(
    '<script type="module" src="builder.js"></script>',
    '<script src="builder-config.js"></script>\n    <script src="builder.js" defer></script>',
  );
  if (!builder.includes('builder-config.js')) throw new Error('demo/builder.html no longer loads builder.js as expected');
  writeFileSync(join(out, 'demo', 'builder.html'), builder);
  writeFileSync(join(out, 'demo', 'builder-config.js'), `// What the builder would otherwise fetch: this version's manifest, and where its snippets point.\nglobalThis.SCA_BUILDER = ${JSON.stringify({ manifest, host })};\n`);
  await bundleBuilder(join(out, 'demo', 'builder.js'));
  for (const file of readdirSync('demo').filter((name) => name.endsWith('.css'))) copyFileSync(join('demo', file), join(out, 'demo', file));

  // The README and the guides, as HTML, with the images the README shows.
  const render = markdown();
  const readme = readFileSync('README.md', 'utf8');
  writeFileSync(join(out, 'docs', 'style.css'), DOC_CSS);
  writeFileSync(join(out, 'README.html'), pageOf('safe-communities-widgets', render(readme), 'docs/style.css'));
  const guides = GUIDES.map((guide) => {
    const text = readFileSync(join('docs', guide), 'utf8');
    return { page: guide.replace(/\.md$/, '.html'), title: text.match(/^# (.+)$/m)?.[1] ?? guide, text };
  });
  for (const { page, title, text } of guides) writeFileSync(join(out, 'docs', page), pageOf(title, render(text), 'style.css'));
  // The translators' glossary, which the README's language section links to.
  mkdirSync(join(out, 'xliff'), { recursive: true });
  writeFileSync(join(out, 'xliff', 'README.html'), pageOf('Translations', render(readFileSync('xliff/README.md', 'utf8')), '../docs/style.css'));
  for (const [, image] of readme.matchAll(/!\[[^\]]*\]\(([^)]+)\)/g)) {
    mkdirSync(join(out, dirname(image)), { recursive: true });
    copyFileSync(image, join(out, image));
  }
  for (const file of ['LICENSE', 'CHANGELOG.md']) copyFileSync(file, join(out, file));

  const guideLinks = guides.map(({ page, title }) => `<li><a href="docs/${page}">${title}</a></li>`).join('\n');
  let pluginLink = '';
  if (plugin) {
    mkdirSync(join(out, 'wordpress'), { recursive: true });
    copyFileSync(plugin, join(out, 'wordpress', basename(plugin)));
    pluginLink = `<li><a href="wordpress/${basename(plugin)}"><strong>The WordPress plugin</strong></a>: install it under Plugins → Add New → Upload Plugin; a shortcode and a block that Authors and Contributors can use (<a href="docs/wordpress.html">the WordPress guide</a>).</li>`;
  }
  writeFileSync(
    join(out, 'index.html'),
    pageOf(
      `Safe Communities widgets ${manifest.version}`,
      `<h1>Safe Communities widgets ${manifest.version}</h1>
<p>Web components that explain the Massachusetts Safe Communities Act and help readers contact their state legislators.</p>
${download ? `<p><a href="${download}"><strong>Download</strong> ${download}</a>: <code>dist/</code> to host yourself, with this builder, the demo and the guides, for use without Node.</p>` : ''}
<ul>
<li><a href="demo/builder.html"><strong>The embed-code builder</strong></a>: choose the options, see them live, copy a snippet with its integrity hash.</li>
<li><a href="demo/index.html">The demo</a>: the widgets on a sample partner page.</li>
<li><a href="README.html">The README</a>: every element, attribute, language and option.</li>
${guideLinks}
${pluginLink}
<li><a href="CHANGELOG.md">What changed</a> (CHANGELOG.md) and the <a href="LICENSE">licence</a>.</li>
</ul>
<p>To host the widgets yourself, copy the whole <code>dist/</code> folder (its <code>catalogs/</code> folder included) to your server, in a folder named after the version (<code>/safe-communities/${manifest.version}/</code>), and paste the builder’s snippet into your pages.</p>`,
      'docs/style.css',
    ),
  );
  return { manifest };
}
