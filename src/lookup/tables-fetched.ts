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

function checked<T>(json: unknown, names: readonly string[], what: string): T {
  const record = json as Record<string, unknown> | null;
  if (typeof record !== 'object' || record === null || !names.every((name) => typeof record[name] === 'string')) {
    throw new Error(`the ${what} file is not in the expected shape`);
  }
  return Object.fromEntries(names.map((name) => [name, record[name]])) as unknown as T;
}

/**
 * One JSON file of tables beside the script, fetched once with its pinned hash and checked for
 * the named string tables; a failure is not kept, so the next attempt tries again.
 */
function pinnedTables<T>(pin: readonly [file: string, integrity: string], names: readonly string[], what: string, loader: string) {
  let value: T | null = null;
  let loading: Promise<void> | null = null;
  return {
    get(): T {
      if (!value) throw new Error(`safe-communities-widgets: the ${what} are read before they loaded (await ${loader}()).`);
      return value;
    },
    loaded: () => value !== null,
    load(): Promise<void> {
      if (value) return Promise.resolve();
      loading ??= fetchPinned(new URL(`${CATALOGS_BASE}${pin[0]}`, import.meta.url), pin[1], TABLES_TIMEOUT_MS).then(
        (json) => {
          value = checked<T>(json, names, what);
        },
        (error: unknown) => {
          loading = null;
          throw error;
        },
      );
      return loading;
    },
  };
}

const districts = pinnedTables<Tables>(DISTRICT_TABLES, TABLE_NAMES, 'district tables', 'loadTables');
/** Leadership, committees and the governor: fetched once where a partner sets `also-contact`. */
const offices = pinnedTables<OfficeTables>(OFFICE_TABLES, OFFICE_TABLE_NAMES, 'office tables', 'loadOffices');

export const tables = (): Tables => districts.get();
export const tablesLoaded = (): boolean => districts.loaded();
export const loadTables = (): Promise<void> => districts.load();
export const officeTables = (): OfficeTables => offices.get();
export const officesLoaded = (): boolean => offices.loaded();
export const loadOffices = (): Promise<void> => offices.load();
