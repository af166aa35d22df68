// Every `<script src>` of ours that the README and the guides show carries the real integrity
// hash of that file in this version (from dist/manifest.json) and this version in its path, so a
// snippet pasted as written is either protected or refused, never loaded unprotected. (An
// `integrity` value that is not a hash, such as a placeholder, makes the browser ignore the
// attribute and run whatever file it gets.) Run by the build (scripts/docs.mjs); checked by
// test/node/docs.test.mjs.

/** `src` values of ours: a file that dist/manifest.json lists, by its last path segment. */
// Also as escaped text (`&lt;script …&gt;`), as a page that shows a snippet writes it.
const SCRIPT_TAG = /(?:<|&lt;)script\b(?:(?!>|&gt;)[^])*?\bsrc=(?:"([^"]+)"|'([^']+)')(?:(?!>|&gt;)[^])*(?:>|&gt;)/g;
const VERSION_IN_PATH = /(safe-communities\/|safe-communities-widgets@)\d+\.\d+\.\d+(?:-[\w.]+)?/g;

const fileOf = (src) => src.split(/[?#]/)[0].split('/').pop();

/**
 * The text with every script tag of ours pinned: integrity and crossorigin set from the manifest,
 * the version in its path (a folder named after the version, or the CDN's @version) made this one.
 */
export function pinSnippets(text, manifest) {
  return text.replace(SCRIPT_TAG, (original, doubleQuoted, singleQuoted) => {
    const src = doubleQuoted ?? singleQuoted;
    const entry = manifest.files[fileOf(src)];
    if (!entry) return original;
    const tag = original.replace(src, src.replace(VERSION_IN_PATH, (_, prefix) => `${prefix}${manifest.version}`));
    const multiline = tag.includes('\n');
    const bare = tag.replace(/\s+integrity="[^"]*"/g, '').replace(/\s+crossorigin(="[^"]*")?/g, '');
    const indent = multiline ? (bare.match(/\n([ \t]*)src=/)?.[1] ?? '  ') : '';
    const pin = multiline
      ? `\n${indent}integrity="${entry.integrity}"\n${indent}crossorigin="anonymous"`
      : ` integrity="${entry.integrity}" crossorigin="anonymous"`;
    return bare.replace(/(\bsrc=(?:"[^"]+"|'[^']+'))/, `$1${pin}`);
  });
}

/** Script tags of ours in `text` that are not pinned to this manifest: [tag, why] pairs. */
export function unpinnedScripts(text, manifest) {
  const problems = [];
  for (const [tag, doubleQuoted, singleQuoted] of text.matchAll(SCRIPT_TAG)) {
    const src = doubleQuoted ?? singleQuoted;
    const file = fileOf(src);
    if (!/^safe-communities[\w.-]*\.js$/.test(file)) continue;
    const entry = manifest.files[file];
    if (!entry) problems.push([tag, `${file} is not in dist/`]);
    else if (!tag.includes(`integrity="${entry.integrity}"`)) problems.push([tag, `no integrity, or not that of ${file} in ${manifest.version}`]);
    else if (!/\bcrossorigin="anonymous"/.test(tag)) problems.push([tag, 'no crossorigin="anonymous"']);
    else if (/(safe-communities\/|@)\d+\.\d+\.\d+/.test(src) && !src.includes(manifest.version)) problems.push([tag, `not version ${manifest.version}`]);
  }
  return problems;
}

/** The release zips' addresses on jsDelivr (inside the npm package: release/), made this version's. */
const RELEASE_LINK = /(https:\/\/cdn\.jsdelivr\.net\/npm\/safe-communities-widgets@)[\w.-]+(\/release\/safe-communities-widgets(?:-wordpress)?-)[\w.-]+?(\.zip)/g;

export function pinReleaseLinks(text, version) {
  return text.replace(RELEASE_LINK, (_, start, middle, end) => `${start}${version}${middle}${version}${end}`);
}
