// The classic-script builds (`/bundle/iife`, `/bundle/single`) export nothing: they define the
// elements and set one global, `SafeCommunities`, holding what the package exports.
import type * as Exports from '../lib/exports.js';

declare global {
  // eslint-disable-next-line no-var
  var SafeCommunities: typeof Exports;
}

export {};
