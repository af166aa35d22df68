// The heights the docs reserve (docs/heights.json) are still the widgets' heights: measured again
// in the same way, each within 10 % (fonts and small text changes move them a little; a new
// section or a layout change moves them more, and then `npm run heights` writes the new table).
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { measureHeights } from '../../scripts/lib/heights.mjs';

describe('the "no jump" heights in the docs', () => {
  it('match the widgets measured now, at phone, tablet and desktop widths', async () => {
    const { heights: documented } = JSON.parse(readFileSync('docs/heights.json', 'utf8'));
    const measured = await measureHeights('.');
    for (const [element, sizes] of Object.entries(documented)) {
      for (const [size, height] of Object.entries(sizes)) {
        const now = measured[element][size];
        assert.ok(Math.abs(now - height) <= height * 0.1, `${element} at ${size}: documented ${height}px, measured ${now}px (npm run heights)`);
      }
    }
  });
});
