/**
 * What a partner can ask legislators to do (`ask`), without the scripts themselves: the
 * configuration checks and the builder read this without loading any message.
 */
export const ASKS = ['cosponsor', 'budget-amendment', 'report-out', 'floor-vote'] as const;
export type Ask = (typeof ASKS)[number];
export const DEFAULT_ASK: Ask = 'cosponsor';

/** `value` as one of ASKS (spaces around allowed), or null: the one check for the attribute, the JSON key and the property. */
export function askFrom(value: unknown): Ask | null {
  const wanted = typeof value === 'string' ? value.trim() : '';
  return (ASKS as readonly string[]).includes(wanted) ? (wanted as Ask) : null;
}
