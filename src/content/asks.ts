/**
 * What a partner can ask legislators to do (`ask`), without the scripts themselves: the
 * configuration checks and the builder read this without loading any message.
 */
export const ASKS = ['cosponsor', 'budget-amendment', 'report-out', 'floor-vote'] as const;
export type Ask = (typeof ASKS)[number];
export const DEFAULT_ASK: Ask = 'cosponsor';
