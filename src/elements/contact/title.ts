/**
 * The contact button's words, apart from the dialog's texts: the button shows with the explainer,
 * so its message travels in the small first catalog of each language (scripts/lib/catalogs.mjs).
 */
import { msg } from '@lit/localize';

/** "Contact your legislators", or the one legislator the partner asks for: the words follow the count. */
export function contactTitle(chamber: 'both' | 'house' | 'senate'): string {
  return chamber === 'house' ? msg('Contact your representative') : chamber === 'senate' ? msg('Contact your senator') : msg('Contact your legislators');
}

