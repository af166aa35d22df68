// The one clock every test that loads the widget runs on, so no test depends on the real date
// (the widget rightly changes what it says when its General Court ends). "Now" is noon in Boston
// on the day the committed legislator data was taken: inside the data's session, before and
// after any calendar date, with no edit after a data refresh.
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const dataModule = readFileSync(join(repoRoot, 'src', 'data', 'ma-districts.ts'), 'utf8');
const asOf = /export const LEGISLATORS_AS_OF = "(\d{4}-\d{2}-\d{2})"/.exec(dataModule)?.[1];
if (!asOf) throw new Error('test-clock: no LEGISLATORS_AS_OF in src/data/ma-districts.ts');

/** The General Court of the committed data, for pages that set bill-session. */
export const DATA_COURT_NUMBER = Number(/export const GENERAL_COURT = \{"number":(\d+)/.exec(dataModule)?.[1]);

/** The day the next General Court convenes, when the committed data becomes stale. */
export const DATA_COURT_ENDS = /"ends":"(\d{4}-\d{2}-\d{2})"/.exec(dataModule)?.[1];

/** ms since the epoch: 17:00 UTC, noon or 1 pm in Boston. */
export const TEST_NOW = Date.parse(`${asOf}T17:00:00Z`);

/**
 * For the browser tests (a classic script that runs before any module): `Date.now()` and
 * `new Date()` return the fixed time; `globalThis.__scaSetNow(ms)` moves it, for tests of
 * what changes with the date. Timers keep running.
 */
export const fixedClockScript = `(() => {
  const RealDate = Date;
  let now = ${TEST_NOW};
  class FixedDate extends RealDate {
    constructor(...args) { if (args.length === 0) super(now); else super(...args); }
    static now() { return now; }
  }
  globalThis.Date = FixedDate;
  globalThis.__scaSetNow = (time) => { now = time === undefined ? ${TEST_NOW} : Number(time); };
})();`;
