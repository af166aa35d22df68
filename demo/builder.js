// The embed-code builder: options → live preview → a snippet that works as pasted.
// Reads the real theme defaults from the rendered widget (so they cannot drift from the code),
// checks contrast with the same function as the test suite, and takes the integrity hash from
// dist/manifest.json.
import { contrastRatio, parseColor } from '../lib/styles/contrast.js';

const COLORS = [
  ['accent', 'Accent (badges, buttons)'],
  ['on-accent', 'Text on the accent'],
  ['text', 'Text'],
  ['muted', 'Secondary text'],
  ['surface', 'Background'],
  ['surface-alt', 'Card background'],
  ['border', 'Borders'],
  ['focus', 'Keyboard focus ring'],
  ['link', 'Links'],
  ['danger', 'Error messages'],
  ['success', 'Confirmations'],
];

/** [foreground, background, minimum, what it is]: WCAG 2.2 AA, 4.5 for text, 3 for other UI. */
const PAIRS = [
  ['text', 'surface', 4.5, 'Text on the background'],
  ['text', 'surface-alt', 4.5, 'Text on cards'],
  ['muted', 'surface-alt', 4.5, 'Secondary text on cards'],
  ['on-accent', 'accent', 4.5, 'Text on the accent (buttons, badges)'],
  ['link', 'surface', 4.5, 'Links on the background'],
  ['link', 'surface-alt', 4.5, 'Links on cards'],
  ['danger', 'surface', 4.5, 'Error messages on the background'],
  ['success', 'surface-alt', 4.5, 'Confirmations on cards'],
  ['accent', 'surface', 3, 'Accent against the background'],
  ['border', 'surface', 3, 'Borders against the background'],
  ['focus', 'surface', 3, 'Focus ring against the background'],
];

const form = document.querySelector('#options');
const preview = document.querySelector('#preview');
const snippetOutput = document.querySelector('#snippet');
const contrastOutput = document.querySelector('#contrast');
const colorsBox = document.querySelector('#colors');
const overrides = new Map();
const manifest = await fetch('../dist/manifest.json')
  .then((response) => response.json())
  .catch(() => null);
// The version belongs in the path, so a later release never replaces the file under a page.
form.elements['self-path'].value = `/safe-communities/${manifest?.version ?? '0.0.0'}`;

for (const [name, label] of COLORS) {
  const row = document.createElement('label');
  row.textContent = label;
  const input = document.createElement('input');
  input.type = 'color';
  input.name = `color-${name}`;
  input.addEventListener('input', () => {
    overrides.set(name, input.value);
    update();
  });
  row.append(input);
  colorsBox.append(row);
}

const escapeAttribute = (value) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

function options() {
  const data = new FormData(form);
  const element = data.get('element');
  const attributes = [];
  const add = (name, value) => value && attributes.push([name, value]);
  const explainer = element !== 'sca-contact';
  const contact = element !== 'sca-explainer';
  if (data.get('lang')) add('lang', data.get('lang'));
  if (explainer) {
    if (data.get('layout') !== 'cards') add('layout', data.get('layout'));
    if (data.get('heading-level') !== '2') add('heading-level', data.get('heading-level'));
    if (data.get('hide-faq')) add('hide-faq', true);
  }
  if (data.get('theme') !== 'light') add('theme', data.get('theme'));
  if (data.get('language-picker')) add('language-picker', true);
  if (contact) {
    if (data.get('chamber') !== 'both') add('chamber', data.get('chamber'));
    add('bill-house', data.get('bill-house').trim());
    add('bill-senate', data.get('bill-senate').trim());
    add('cosponsors', data.get('cosponsors').split(',').map((code) => code.trim()).filter(Boolean).join(','));
    add('organization', data.get('organization').trim());
    if (element === 'sca-campaign') add('organization-url', data.get('organization-url').trim());
  }
  return { element, attributes, host: data.get('host'), selfPath: data.get('self-path').trim().replace(/\/+$/, '') };
}

function scriptTag({ host, selfPath }) {
  const version = manifest?.version ?? '0.0.0';
  const src =
    host === 'cdn'
      ? `https://cdn.jsdelivr.net/npm/safe-communities-widgets@${version}/dist/safe-communities.js`
      : `${selfPath || ''}/safe-communities.js`;
  const safeSrc = escapeAttribute(src);
  const integrity = manifest?.files?.['safe-communities.js']?.integrity;
  return integrity
    ? `<script type="module" src="${safeSrc}" integrity="${integrity}" crossorigin="anonymous"></script>`
    : `<script type="module" src="${safeSrc}"></script>`;
}

function snippet(current) {
  const attributes = current.attributes.map(([name, value]) => (value === true ? ` ${name}` : ` ${name}="${escapeAttribute(value)}"`)).join('');
  const lines = [scriptTag(current)];
  if (overrides.size) {
    const declarations = [...overrides].map(([name, value]) => `    --sca-color-${name}: ${value};`).join('\n');
    lines.push(`<style>\n  ${current.element} {\n${declarations}\n  }\n</style>`);
  }
  // Shown as plain HTML if the script cannot load (blocked, offline); replaced once the widget starts.
  const fallback = '<a href="https://malegislature.gov/Search/FindMyLegislator">Find your Massachusetts legislators</a>';
  lines.push(`<${current.element}${attributes}>\n  ${fallback}\n</${current.element}>`);
  return lines.join('\n');
}

/** The widget's effective colors: partner overrides, else the theme's defaults read from the widget. */
function effectiveColors(element) {
  const style = getComputedStyle(element);
  return Object.fromEntries(COLORS.map(([name]) => [name, overrides.get(name) ?? style.getPropertyValue(`--_${name}`).trim()]));
}

function checkContrast(colors) {
  contrastOutput.replaceChildren(
    ...PAIRS.map(([foreground, background, minimum, what]) => {
      const ratio = contrastRatio(colors[foreground], colors[background]);
      const line = document.createElement('p');
      const ok = ratio >= minimum;
      line.className = ok ? 'good' : 'bad';
      line.textContent = `${ok ? '✓' : '⚠ Below WCAG AA:'} ${what}: ${ratio.toFixed(2)}:1 (needs ${minimum}:1)`;
      return line;
    }),
  );
}

async function update() {
  const current = options();
  const element = document.createElement(current.element);
  for (const [name, value] of current.attributes) element.setAttribute(name, value === true ? '' : value);
  for (const [name, value] of overrides) element.style.setProperty(`--sca-color-${name}`, value);
  preview.replaceChildren(element);
  await element.updateComplete;
  const colors = effectiveColors(element);
  for (const [name] of COLORS) {
    const rgb = parseColor(colors[name]);
    if (rgb) form.elements[`color-${name}`].value = `#${rgb.map((channel) => channel.toString(16).padStart(2, '0')).join('')}`;
  }
  checkContrast(colors);
  snippetOutput.textContent = snippet(current);
}

form.addEventListener('input', (event) => {
  if (!event.target.name?.startsWith('color-')) update();
});
form.addEventListener('change', (event) => {
  if (event.target.name === 'theme') overrides.clear();
  if (!event.target.name?.startsWith('color-')) update();
});
document.querySelector('#reset-colors').addEventListener('click', () => {
  overrides.clear();
  update();
});
document.querySelector('#copy').addEventListener('click', async () => {
  const status = document.querySelector('#copy-status');
  try {
    await navigator.clipboard.writeText(snippetOutput.textContent);
    status.textContent = 'Copied.';
  } catch {
    getSelection().selectAllChildren(snippetOutput);
    status.textContent = 'Copying is blocked here: the snippet is selected, press Ctrl+C (or ⌘C).';
  }
});

await customElements.whenDefined('sca-campaign');
update();
