/**
 * What the contact dialog needs that the page did not: the first language settled, the dialog's
 * messages in the reader's language, and the district tables (fetched in the browser bundles).
 */
import { loadTables } from '../../lookup/index.js';
import { languageReady, loadDialogMessages } from '../../i18n/localization.js';

/** Started when a reader is about to press the button, to save the wait; a failure here changes nothing. */
export const prefetchDialogNeeds = () => void Promise.allSettled([loadDialogMessages({ prefetch: true }), loadTables()]);

/** Everything the dialog needs; false when the tables could not be loaded (the dialog then points to the official page). */
export async function dialogNeeds(): Promise<boolean> {
  await languageReady();
  const [, tables] = await Promise.allSettled([loadDialogMessages(), loadTables()]);
  if (tables.status === 'fulfilled') return true;
  console.warn('safe-communities-widgets: the district tables could not be loaded, so the dialog points to the official page.', tables.reason);
  return false;
}
