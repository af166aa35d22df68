// One folder as a zip archive, its own name the top of every path (as an unzipped release or an
// uploaded WordPress plugin expects). Every entry carries the same fixed date, so the same files
// always make the same archive. Used by scripts/release.mjs and scripts/wordpress-plugin.mjs.
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { zipSync } from 'fflate';

const FIXED_DATE = new Date('2000-01-01T00:00:00Z');

/** The zip of `folder`, and how many files it holds. */
export function zipFolder(folder) {
  const base = dirname(folder);
  const files = {};
  const walk = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else files[relative(base, path).split(sep).join('/')] = [readFileSync(path), { mtime: FIXED_DATE }];
    }
  };
  walk(folder);
  return { zip: zipSync(files, { level: 9 }), count: Object.keys(files).length };
}
