/**
 * The district tables (src/data/ma-districts.ts) and the office tables (src/data/ma-offices.ts) as
 * the lookup reads them. Here they are inline:
 * tests, Node scripts and the npm package's modules have them at once. The browser bundles
 * replace this module with tables-fetched.ts (rollup.config.mjs), which fetches the same tables
 * as a JSON file beside the script when the contact dialog first opens, so the explainer and the
 * button show without them. Both modules have the same exports.
 */
import { DISTRICT_BASES, HOUSE_DISTRICTS, SENATE_DISTRICTS, MEMBERS, TOWNS, NEIGHBORHOODS } from '../data/ma-districts.js';
import { LEADERSHIP, COMMITTEES, GOVERNOR } from '../data/ma-offices.js';

export interface Tables {
  readonly DISTRICT_BASES: string;
  readonly HOUSE_DISTRICTS: string;
  readonly SENATE_DISTRICTS: string;
  readonly MEMBERS: string;
  readonly TOWNS: string;
  readonly NEIGHBORHOODS: string;
}
export const TABLE_NAMES = ['DISTRICT_BASES', 'HOUSE_DISTRICTS', 'SENATE_DISTRICTS', 'MEMBERS', 'TOWNS', 'NEIGHBORHOODS'] as const;

const inline: Tables = { DISTRICT_BASES, HOUSE_DISTRICTS, SENATE_DISTRICTS, MEMBERS, TOWNS, NEIGHBORHOODS };

/** Leadership, committee chairs and the governor (src/lookup/offices.ts): a file of their own in the bundles, fetched only for `also-contact`. */
export interface OfficeTables {
  readonly LEADERSHIP: string;
  readonly COMMITTEES: string;
  readonly GOVERNOR: string;
}
export const OFFICE_TABLE_NAMES = ['LEADERSHIP', 'COMMITTEES', 'GOVERNOR'] as const;
const inlineOffices: OfficeTables = { LEADERSHIP, COMMITTEES, GOVERNOR };

/** The office tables; only call once `officesLoaded()` (always true here). */
export function officeTables(): OfficeTables {
  return inlineOffices;
}

export function officesLoaded(): boolean {
  return true;
}

/** Resolves when the office tables can be read: at once here. */
export function loadOffices(): Promise<void> {
  return Promise.resolve();
}

/** The tables; only call once `tablesLoaded()` (always true here). */
export function tables(): Tables {
  return inline;
}

export function tablesLoaded(): boolean {
  return true;
}

/** Resolves when the tables can be read: at once here. */
export function loadTables(): Promise<void> {
  return Promise.resolve();
}
