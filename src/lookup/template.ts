// Message templates ("Dear {name}, I live in {town}…") filled with plain values. The result is
// plain text for a textarea, a mailto: body or a Lit text binding; it is never parsed as HTML
// and nothing here escapes for HTML, so never assign it to innerHTML.

export type TemplateValues = Readonly<Record<string, string | number | null | undefined>>;

// {name}, { name }, {rep.name}; "{{" and "}}" are literal braces.
const TOKEN = /\{\{|\}\}|\{\s*([A-Za-z_][A-Za-z0-9_.-]*)\s*\}/g;

function has(values: TemplateValues, key: string): boolean {
  return Object.prototype.hasOwnProperty.call(values, key) && values[key] != null;
}

/**
 * Replaces each {placeholder} with its value. A placeholder with no value (missing, null or
 * undefined) is left in the text as written, e.g. "{phone}", so the gap stays visible to the
 * person about to send it; use missingPlaceholders() to flag it. An empty string is a value.
 * Values are inserted as-is and never re-scanned, so a value containing "{x}" stays literal.
 */
export function fillTemplate(template: string, values: TemplateValues): string {
  return template.replace(TOKEN, (token, key: string | undefined) => {
    if (key === undefined) return token[0]!;
    return has(values, key) ? String(values[key]) : token;
  });
}

/** Placeholder names used in the template, in order of first use. */
export function templatePlaceholders(template: string): string[] {
  const names: string[] = [];
  for (const m of template.matchAll(TOKEN)) {
    if (m[1] !== undefined && !names.includes(m[1])) names.push(m[1]);
  }
  return names;
}

/** Placeholders fillTemplate would leave unfilled with these values. */
export function missingPlaceholders(template: string, values: TemplateValues): string[] {
  return templatePlaceholders(template).filter((name) => !has(values, name));
}
