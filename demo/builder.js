// The embed-code builder: options → live preview → a snippet that works as pasted.
// Reads the real theme defaults from the rendered widget (so they cannot drift from the code),
// checks contrast with the same function as the test suite, and takes the integrity hash from
// dist/manifest.json.
import { contrastRatio, parseColor } from '../lib/styles/contrast.js';
import { allLegislators, GENERAL_COURT, ordinalNumeral, sessionYears } from '../lib/lookup/index.js';
import { currentBills } from '../lib/contact/bills.js';
import { safeLink } from '../lib/content/config.js';
import { DEFAULT_LOCALES } from '../lib/i18n/language.js';

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
// Numbers are entered for the session of this version's data unless the webmaster says otherwise.
form.elements['bill-session'].value = String(GENERAL_COURT.number);
document.querySelector('#bill-session-hint').textContent =
  `This version's legislators are those of the ${ordinalNumeral(GENERAL_COURT.number)} General Court (${sessionYears(GENERAL_COURT)}, until ${GENERAL_COURT.ends}). Bill numbers and co-sponsors end with their session: once it has ended, the widget leaves them out.`;

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

const knownCodes = new Set(allLegislators().map((legislator) => legislator.code.toUpperCase()).filter(Boolean));
const codesOf = (data) => data.get('cosponsors').split(',').map((value) => value.trim()).filter(Boolean);

/** Problems a webmaster should fix before pasting; shown under the options, not in the snippet. */
function inputProblems(data) {
  const problems = [];
  const url = data.get('organization-url').trim();
  if (url && !safeLink(url)) problems.push(`The web address "${url}" is not an http(s) address, so it is left out.`);
  // The widget's own check of bill numbers, their session and co-sponsor codes, on today's date.
  const bills = { billHouse: data.get('bill-house'), billSenate: data.get('bill-senate'), cosponsors: codesOf(data), billSession: data.get('bill-session') };
  for (const problem of currentBills(bills, GENERAL_COURT, knownCodes, Date.now()).problems) {
    problems.push(problem[0].toUpperCase() + problem.slice(1));
  }
  return problems;
}

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
  // Written only when it differs from the default (every language but the previews).
  const offered = data.getAll('languages');
  if (offered.join(' ') !== DEFAULT_LOCALES.join(' ')) add('languages', offered.join(' '));
  if (contact) {
    if (data.get('chamber') !== 'both') add('chamber', data.get('chamber'));
    add('bill-house', data.get('bill-house').trim());
    add('bill-senate', data.get('bill-senate').trim());
    // Always written: the widget then knows which session the numbers and co-sponsors belong to.
    add('bill-session', data.get('bill-session').trim() || String(GENERAL_COURT.number));
    add('cosponsors', codesOf(data).join(','));
    add('organization', data.get('organization').trim());
    if (element === 'sca-campaign') add('organization-url', safeLink(data.get('organization-url').trim()) ?? '');
  }
  return {
    element,
    attributes,
    host: data.get('host'),
    selfPath: data.get('self-path').trim().replace(/\/+$/, ''),
    theme: data.get('theme'),
    problems: inputProblems(data),
  };
}

function scriptTag({ host, selfPath, element }) {
  const version = manifest?.version ?? '0.0.0';
  // The explainer alone has a smaller file of its own.
  const file = element === 'sca-explainer' ? 'safe-communities-explainer.js' : 'safe-communities.js';
  const src =
    host === 'cdn'
      ? `https://cdn.jsdelivr.net/npm/safe-communities-widgets@${version}/dist/${file}`
      : `${selfPath || ''}/${file}`;
  const safeSrc = escapeAttribute(src);
  const integrity = manifest?.files?.[file]?.integrity;
  return integrity
    ? `<script type="module" src="${safeSrc}" integrity="${integrity}" crossorigin="anonymous"></script>`
    : `<script type="module" src="${safeSrc}"></script>`;
}

function snippet(current) {
  const attributes = current.attributes.map(([name, value]) => (value === true ? ` ${name}` : ` ${name}="${escapeAttribute(value)}"`)).join('');
  const lines = [scriptTag(current)];
  if (overrides.size) {
    const declarations = [...overrides].map(([name, value]) => `    --sca-color-${name}: ${value};`).join('\n');
    // Inline <style> is blocked by a strict style-src; such sites put the rule in their stylesheet.
    lines.push(`<style>\n  /* Or add this rule to your site's stylesheet. */\n  ${current.element} {\n${declarations}\n  }\n</style>`);
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

/** The palette a theme gives, with the partner's colors on top, read from a hidden widget. */
async function paletteOf(element, theme) {
  const probe = document.createElement(element);
  probe.setAttribute('theme', theme);
  probe.hidden = true;
  for (const [name, value] of overrides) probe.style.setProperty(`--sca-color-${name}`, value);
  document.body.append(probe);
  await probe.updateComplete;
  const colors = effectiveColors(probe);
  probe.remove();
  return colors;
}

/** Every palette readers may get: with "auto", both the light and the dark one. */
async function checkContrast(current) {
  const themes = current.theme === 'auto' ? ['light', 'dark'] : [current.theme];
  const lines = [];
  for (const theme of themes) {
    const colors = await paletteOf(current.element, theme);
    for (const [foreground, background, minimum, what] of PAIRS) {
      const ratio = contrastRatio(colors[foreground], colors[background]);
      const line = document.createElement('p');
      const ok = ratio >= minimum;
      const label = themes.length > 1 ? `${what} (${theme} system setting)` : what;
      line.className = ok ? 'good' : 'bad';
      line.textContent = `${ok ? '✓' : '⚠ Below WCAG AA:'} ${label}: ${ratio.toFixed(2)}:1 (needs ${minimum}:1)`;
      lines.push(line);
    }
  }
  for (const problem of current.problems) {
    const line = document.createElement('p');
    line.className = 'bad';
    line.textContent = `⚠ ${problem}`;
    lines.push(line);
  }
  contrastOutput.replaceChildren(...lines);
  const failing = lines.filter((line) => line.className === 'bad').length;
  // One short status for screen readers instead of re-reading every line on each change.
  document.querySelector('#contrast-summary').textContent = failing
    ? `${failing} problem${failing === 1 ? '' : 's'} to fix below.`
    : 'All color pairs pass WCAG AA.';
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
  await checkContrast(current);
  snippetOutput.textContent = snippet(current);
}

form.addEventListener('input', (event) => {
  if (!event.target.name?.startsWith('color-')) update();
});
form.addEventListener('change', (event) => {
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
