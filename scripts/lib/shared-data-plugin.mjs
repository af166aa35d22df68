// @web/dev-server plugin: lets the browser tests read the raw precinct table, which the project
// does not commit, from ../shared/data (or SHARED_DATA_DIR). Only that one file is served, at
// /__shared/data/<name>; when it is absent the request falls through to a 404 and the
// full-data test skips itself.
import { readFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const FILES = ['ma-precincts-districts-2022.csv'];

export function sharedDataPlugin({ dir = process.env.SHARED_DATA_DIR ?? join(repoRoot, '..', 'shared', 'data') } = {}) {
  return {
    name: 'shared-data',
    async serve(context) {
      const m = /^\/__shared\/data\/([^/]+)$/.exec(context.path);
      if (!m || !FILES.includes(m[1])) return undefined;
      try {
        return { body: await readFile(join(dir, m[1]), 'utf8'), type: 'text/csv' };
      } catch {
        return undefined;
      }
    },
  };
}
