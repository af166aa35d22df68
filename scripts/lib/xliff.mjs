// Reads lit-localize's XLIFF 1.2 files and finds what would make a translation unusable:
// a missing or empty target, or a placeholder that the target drops or invents.

const UNIT = /<trans-unit id="([^"]+)"[^>]*>([\s\S]*?)<\/trans-unit>/g;
const SOURCE = /<source>([\s\S]*?)<\/source>/;
const TARGET = /<target[^>]*>([\s\S]*?)<\/target>/;

/** @returns {{ id: string, source: string, target: string | null }[]} */
export function readUnits(xliff) {
  return [...xliff.matchAll(UNIT)].map(([, id, body]) => ({
    id,
    source: body.match(SOURCE)?.[1] ?? '',
    target: body.match(TARGET)?.[1] ?? null,
  }));
}

const sorted = (items) => [...items].sort().join(' ');
// By id only: equiv-text is a hint for translators, and lit-localize maps placeholders by id.
const xPlaceholders = (text) => sorted([...text.matchAll(/<x id="([^"]*)"[^>]*\/>/g)].map((match) => match[1]));
// A translation may repeat a {placeholder} (Vietnamese repeats the title) but must drop or invent none.
const bracePlaceholders = (text) =>
  sorted(new Set(text.replace(/<x [^>]*\/>/g, '').match(/\{[A-Za-z_][A-Za-z0-9_.-]*\}/g) ?? []));
const lineBreaks = (text) => (text.match(/\\n|\n/g) ?? []).length;

/** Problems in one XLIFF file's text, each naming the unit. */
export function checkXliff(xliff) {
  const problems = [];
  for (const { id, source, target } of readUnits(xliff)) {
    if (target === null || target.trim() === '') {
      problems.push(`${id}: no translation for "${source.slice(0, 60)}"`);
      continue;
    }
    if (xPlaceholders(source) !== xPlaceholders(target)) problems.push(`${id}: placeholders differ from the source`);
    if (bracePlaceholders(source) !== bracePlaceholders(target)) {
      problems.push(`${id}: {placeholders} differ: source has ${bracePlaceholders(source) || 'none'}, target has ${bracePlaceholders(target) || 'none'}`);
    }
    // Text around <x/> ends up inside an html`` template for link messages: markup there would be trusted.
    if (/<|&lt;|&gt;/.test(target.replace(/<x [^>]*\/>/g, ''))) problems.push(`${id}: the target contains markup outside placeholders`);
    if (lineBreaks(source) !== lineBreaks(target)) problems.push(`${id}: ${lineBreaks(source)} line breaks in the source, ${lineBreaks(target)} in the target`);
  }
  return problems;
}
