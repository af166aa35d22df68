// Every row of the raw precinct table must resolve, through the committed data, to the districts
// the table gives. The table is not committed; web-test-runner serves it from ../shared/data
// through scripts/lib/shared-data-plugin.mjs, and this test skips itself when it is absent.
import { expect } from '@open-wc/testing';
import { findDistrictByName, resolvePrecinct, allMunicipalities, resolveTown } from '../../src/lookup/index.js';
import { readCsv } from '../../src/build-tools/csv.js';

const URL_PATH = '/__shared/data/ma-precincts-districts-2022.csv';

describe('full precinct table (shared data)', () => {
  let rows: ReadonlyArray<Record<string, string>> | null = null;

  before(async () => {
    const res = await fetch(URL_PATH).catch(() => null);
    if (res?.ok) rows = readCsv(await res.text()).records;
    else console.warn(`full-data test skipped: ${URL_PATH} not served (../shared/data/ma-precincts-districts-2022.csv absent); precinct-sample.ts still runs`);
  });

  beforeEach(function () {
    if (!rows) this.skip();
  });

  it('has 2,383 rows over 351 municipalities', () => {
    expect(rows).to.have.length(2383);
    expect(new Set(rows!.map((r) => r.city_town))).to.have.property('size', 351);
    expect([...new Set(rows!.map((r) => r.city_town))].sort()).to.deep.equal([...allMunicipalities()].sort());
  });

  it('every ward and precinct resolves to the same House and Senate districts', () => {
    const failures: string[] = [];
    for (const r of rows!) {
      const where = `${r.city_town} ward ${r.Ward} precinct ${r.Pct}`;
      const want = { house: findDistrictByName(r.State_Rep!, 'house'), senate: findDistrictByName(r.State_Senate!, 'senate') };
      if (!want.house || !want.senate) {
        failures.push(`${where}: no district named ${r.State_Rep} / ${r.State_Senate}`);
        continue;
      }
      const got = resolvePrecinct(r.city_town!, r.Ward === '-' ? null : r.Ward!, r.Pct!);
      if (got?.house !== want.house || got?.senate !== want.senate) {
        failures.push(`${where}: got ${got?.house.name} / ${got?.senate.name}, want ${want.house.name} / ${want.senate.name}`);
      }
    }
    expect(failures.slice(0, 20), `${failures.length} of ${rows!.length} rows differ`).to.deep.equal([]);
  });

  it('lists every precinct of a split town exactly once, and no others', () => {
    const failures: string[] = [];
    const byTown = new Map<string, string[]>();
    for (const r of rows!) {
      const key = `${r.Ward}|${r.Pct}`;
      byTown.set(r.city_town!, [...(byTown.get(r.city_town!) ?? []), key]);
    }
    for (const [town, keys] of byTown) {
      const t = resolveTown(town);
      if (t?.kind !== 'split') continue;
      const listed = [...t.precinctsByWard.entries()].flatMap(([w, ps]) => ps.map((p) => `${w}|${p}`));
      if (listed.length !== keys.length || [...keys].sort().join() !== [...listed].sort().join()) failures.push(town);
    }
    expect(failures).to.deep.equal([]);
  });

  it('a town is "single" exactly when all its rows share one House and one Senate district', () => {
    const pairs = new Map<string, Set<string>>();
    for (const r of rows!) pairs.set(r.city_town!, (pairs.get(r.city_town!) ?? new Set()).add(`${r.State_Rep}|${r.State_Senate}`));
    const wrong = [...pairs].filter(([town, set]) => (resolveTown(town)?.kind === 'single') !== (set.size === 1)).map(([t]) => t);
    expect(wrong).to.deep.equal([]);
  });
});
