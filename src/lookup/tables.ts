/**
 * The district tables (src/data/ma-districts.ts) as the lookup reads them. Here they are inline:
 * tests, Node scripts and the npm package's modules have them at once. The browser bundles
 * replace this module with tables-fetched.ts (rollup.config.mjs), which fetches the same tables
 * as a JSON file beside the script when the contact dialog first opens, so the explainer and the
 * button show without them. Both modules have the same exports.
 */
import { DISTRICT_BASES, HOUSE_DISTRICTS, SENATE_DISTRICTS, MEMBERS, TOWNS, NEIGHBORHOODS } from '../data/ma-districts.js';

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
