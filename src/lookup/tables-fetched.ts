/**
 * The browser bundles' version of tables.ts (same exports): the district tables are a JSON file
 * beside the script (dist/catalogs/, written by scripts/build-locales.mjs), fetched with the
 * integrity hash the build wrote into the entry, once, when the reader first moves toward the
 * contact dialog. No reader data is sent: every reader fetches the same file.
 */
import { CATALOGS_BASE, DISTRICT_TABLES, OFFICE_TABLES } from '../i18n/catalog-index.js';
import { fetchPinned } from '../i18n/fetch-pinned.js';
import { OFFICE_TABLE_NAMES, TABLE_NAMES, type OfficeTables, type Tables } from './tables.js';

export { OFFICE_TABLE_NAMES, TABLE_NAMES, type OfficeTables, type Tables } from './tables.js';

/** The tables are larger than a catalog and a slow phone may need longer than three seconds. */
const TABLES_TIMEOUT_MS = 15_000;
let loaded: Tables | null = null;
let loading: Promise<void> | null = null;

export function tables(): Tables {
  if (!loaded) throw new Error('safe-communities-widgets: the district tables are read before they loaded (await loadTables()).');
  return loaded;
}

export function tablesLoaded(): boolean {
  return loaded !== null;
}

function checked<T>(json: unknown, names: readonly string[], what: string): T {
  const record = json as Record<string, unknown> | null;
  if (typeof record !== 'object' || record === null || !names.every((name) => typeof record[name] === 'string')) {
    throw new Error(`the ${what} file is not in the expected shape`);
  }
  return Object.fromEntries(names.map((name) => [name, record[name]])) as unknown as T;
}

/** Fetches the tables once; a failure is not kept, so the next attempt tries again. */
export function loadTables(): Promise<void> {
  if (loaded) return Promise.resolve();
  loading ??= fetchPinned(new URL(`${CATALOGS_BASE}${DISTRICT_TABLES[0]}`, import.meta.url), DISTRICT_TABLES[1], TABLES_TIMEOUT_MS).then(
    (json) => {
      loaded = checked<Tables>(json, TABLE_NAMES, 'district tables');
    },
    (error: unknown) => {
      loading = null;
      throw error;
    },
  );
  return loading;
}

let offices: OfficeTables | null = null;
let loadingOffices: Promise<void> | null = null;

export function officeTables(): OfficeTables {
  if (!offices) throw new Error('safe-communities-widgets: the office tables are read before they loaded (await loadOffices()).');
  return offices;
}

export function officesLoaded(): boolean {
  return offices !== null;
}

/** Leadership, committees and the governor, fetched once where a partner sets `also-contact`; a failure is not kept. */
export function loadOffices(): Promise<void> {
  if (offices) return Promise.resolve();
  loadingOffices ??= fetchPinned(new URL(`${CATALOGS_BASE}${OFFICE_TABLES[0]}`, import.meta.url), OFFICE_TABLES[1], TABLES_TIMEOUT_MS).then(
    (json) => {
      offices = checked<OfficeTables>(json, OFFICE_TABLE_NAMES, 'office tables');
    },
    (error: unknown) => {
      loadingOffices = null;
      throw error;
    },
  );
  return loadingOffices;
}
