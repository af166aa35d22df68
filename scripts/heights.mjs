// `npm run heights`: measures how tall the widgets are (scripts/lib/heights.mjs), writes the
// table to docs/heights.json and the "no jump" CSS of the README and the guides from it.
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { applyHeights, measureHeights, WIDTHS } from './lib/heights.mjs';

const heights = await measureHeights('.');
writeFileSync('docs/heights.json', `${JSON.stringify({ measured: 'npm run heights: Debian chromium, default text, cards layout, common questions closed, full width less 16 px each side', widths: Object.fromEntries(WIDTHS.map(({ name, viewport }) => [name, viewport])), heights }, null, 2)}\n`);
for (const file of ['README.md', ...readdirSync('docs').filter((name) => name.endsWith('.md')).map((name) => `docs/${name}`)]) {
  const text = readFileSync(file, 'utf8');
  const next = applyHeights(text, heights);
  if (next !== text) writeFileSync(file, next);
}
console.table(heights);
