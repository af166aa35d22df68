// @web/dev-server plugin: lets the browser tests read the raw inputs, which the project does not
// commit, from ../shared/data (or SHARED_DATA_DIR): the precinct table at
// /__shared/data/<name>, and the sitting legislators as the Open States files describe them
// (read by the import's own reader) at /__shared/data/legislators.json. When the inputs are
// absent the request falls through to a 404 and the tests that compare with them skip themselves.
import { readFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { locateLegislature, readLegislator, readPeople } from './openstates.mjs';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const FILES = ['ma-precincts-districts-2022.csv'];

export function sharedDataPlugin({ dir = process.env.SHARED_DATA_DIR ?? join(repoRoot, '..', 'shared', 'data') } = {}) {
  return {
    name: 'shared-data',
    async serve(context) {
      if (context.path === '/__shared/data/legislators.json') {
        const legislature = locateLegislature(dir);
        if (!legislature) return undefined;
        const legislators = readPeople(legislature.legislatureDir).map((person) => readLegislator(person).legislator);
        return { body: JSON.stringify({ asOf: legislature.asOf, legislators }), type: 'application/json' };
      }
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
