// lit-localize finds a translation by hashing a message's template strings at run time, so the
// html`` inside msg(html`…`) must reach the browser exactly as written. The HTML-literal
// minifier would rewrite it (quoting attributes, folding spaces) and the translation would no
// longer be found. These two plugins hide those templates from the minifier and restore them.
const HIDDEN = '__scaLocalizedTemplate';
// TypeScript's output may put a space between the tag and the template.
const LOCALIZED = /msg\(\s*html\s*`/g;
const RESTORE = new RegExp(`msg\\(${HIDDEN}\``, 'g');

export function protectLocalizedTemplates() {
  return [
    {
      name: 'protect-localized-templates',
      transform(code) {
        const hidden = code.replace(LOCALIZED, `msg(${HIDDEN}\``);
        return hidden === code ? null : hidden;
      },
    },
    {
      name: 'restore-localized-templates',
      transform(code) {
        return code.includes(HIDDEN) ? code.replace(RESTORE, 'msg(html`') : null;
      },
    },
  ];
}
