/**
 * The browser bundles' version of fetched-ids.ts (rollup.config.mjs): their code calls the fetched
 * messages by number, and the catalogs key them by number, so no id is needed.
 */
export const FETCHED_IDS: readonly string[] | null = null;
