/**
 * What the contact dialog needs that the page did not: the first language settled, the dialog's
 * messages and its ask's scripts in the reader's language (and the extra targets' scripts where
 * the partner set also-contact), the scripts' English (fetched in the browser bundles), and the
 * district tables (fetched in the browser bundles), with the office tables for also-contact.
 */
import { loadOffices, loadTables } from '../../lookup/index.js';
import { languageReady, loadDialogMessages, type ScriptPart } from '../../i18n/localization.js';
import { loadEnglish } from '../../content/script-text.js';

export interface DialogNeeds {
  readonly scripts: readonly ScriptPart[];
  /** The partner set also-contact: the office tables too. */
  readonly offices: boolean;
}

/** Started when a reader is about to press the button, to save the wait; a failure here changes nothing. */
export const prefetchDialogNeeds = ({ scripts, offices }: DialogNeeds) =>
  void Promise.allSettled([loadDialogMessages({ prefetch: true, scripts }), loadTables(), loadEnglish(scripts), offices ? loadOffices() : null]);

/**
 * Everything the dialog needs; false when the tables or the scripts could not be loaded (the
 * dialog then points to the official page). Without the office tables it still opens, with the
 * reader's own legislators, and says why in the console.
 */
export async function dialogNeeds({ scripts, offices }: DialogNeeds): Promise<boolean> {
  await languageReady();
  const [, tables, first, extra] = await Promise.allSettled([
    loadDialogMessages({ scripts }),
    loadTables(),
    loadEnglish(scripts),
    offices ? loadOffices() : Promise.resolve(),
  ]);
  // Again once the language has settled: a language that could not load fell back to English,
  // whose dialog part the browser bundles fetch (what already came is not fetched twice).
  const english = first.status === 'fulfilled' ? (await Promise.allSettled([loadEnglish(scripts)]))[0] : first;
  if (extra.status === 'rejected') console.warn('safe-communities-widgets: the list of leaders, committee chairs and the governor could not be loaded, so only the reader’s own legislators are shown.', extra.reason);
  if (tables.status === 'fulfilled' && english.status === 'fulfilled') return true;
  console.warn('safe-communities-widgets: the district tables or the scripts could not be loaded, so the dialog points to the official page.', tables.status === 'rejected' ? tables.reason : (english as PromiseRejectedResult).reason);
  return false;
}
