// The embed-code builder: options → live preview → a snippet that works as pasted.
// Reads the real theme defaults from the rendered widget (so they cannot drift from the code),
// checks contrast with the same function as the test suite, and takes the integrity hash from
// dist/manifest.json. In the release and on the project site it is one classic script
// (scripts/release.mjs), so that it also works opened from a folder (file://), and the manifest
// comes from `globalThis.SCA_BUILDER`, with the host the snippets should point at.
import { contrastRatio, parseColor } from '../lib/styles/contrast.js';
import { allLegislators, GENERAL_COURT, ordinalNumeral, parseAlsoContact, resolveAlsoContact, sessionYears } from '../lib/lookup/index.js';
import { currentBills } from '../lib/contact/bills.js';
import { safeLink } from '../lib/content/config.js';
import { DEFAULT_LOCALES, directionOf } from '../lib/i18n/language.js';
import { SNIPPET_FALLBACK } from '../lib/i18n/snippet-fallback.js';
import { FIND_MY_LEGISLATOR_URL } from '../lib/lookup/decode.js';

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
const given = globalThis.SCA_BUILDER ?? {};
let manifest = given.manifest ?? null;
/** Fields whose problems show beside them (and in the summary's count). */
const CHECKED_FIELDS = ['organization-url', 'bill-session', 'cosponsors', 'also-contact', 'amendment-house', 'self-path'];
/** What each ask needs from the webmaster, shown under the choice. */
const ASK_NEEDS = {
  cosponsor: 'Needs: the bill numbers, if you want them named, and the bill’s co-sponsors, who are thanked instead.',
  'budget-amendment': 'Needs: the budget amendment numbers (House, Senate), and the amendment’s co-sponsors. The bill numbers are named beside them, if you set them.',
  'report-out': 'Needs: the bill numbers. Add the committee’s chairs below (committee:CODE) to ask them directly.',
  'floor-vote': 'Needs: the bill numbers. Add speaker and senate-president below to ask leadership directly.',
};
function setUp() {
  // The version belongs in the path, so a later release never replaces the file under a page.
  form.elements['self-path'].value = `/safe-communities/${manifest?.version ?? '0.0.0'}`;
  if (given.host === 'cdn') form.elements.host.value = 'cdn';
  // Numbers are entered for the session of this version's data unless the webmaster says otherwise.
  form.elements['bill-session'].value = String(GENERAL_COURT.number);
  document.querySelector('#bill-session-hint').textContent =
    `This version's legislators are those of the ${ordinalNumeral(GENERAL_COURT.number)} General Court (${sessionYears(GENERAL_COURT)}, until ${GENERAL_COURT.ends}). Bill numbers and co-sponsors end with their session: once it has ended, the widget leaves them out.`;
  // A place beside each checked field for its problem, read with the field.
  for (const name of CHECKED_FIELDS) {
    const field = form.elements[name];
    const problem = document.createElement('p');
    problem.className = 'problem';
    problem.id = `${name}-problem`;
    problem.hidden = true;
    const after = field.getAttribute('aria-describedby') ? document.getElementById(field.getAttribute('aria-describedby')) : field;
    after.after(problem);
    field.setAttribute('aria-describedby', [field.getAttribute('aria-describedby'), problem.id].filter(Boolean).join(' '));
  }
  addColorInputs();
}

function addColorInputs() {
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
}

const escapeAttribute = (value) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

const knownCodes = new Set(allLegislators().map((legislator) => legislator.code.toUpperCase()).filter(Boolean));
const codesOf = (data) => data.get('cosponsors').split(',').map((value) => value.trim()).filter(Boolean);

/** The folder a self-hosted snippet points at, questioned where it would break. */
function folderProblem(path) {
  if (!path) return 'Say where on your server you copied dist/, for example /safe-communities/1.0.0.';
  if (/^http:\/\//i.test(path)) return `"${path}" is an http:// address: browsers block it on https:// pages. Use https://, or a folder of your site starting with /.`;
  if (/^https:\/\//i.test(path)) return null;
  if (path.startsWith('//')) return `"${path}" has no https: in front. Write https:${path}.`;
  if (!path.startsWith('/')) {
    return `"${path}" is a relative folder: each page looks for it under its own address, so the widget works on one page and breaks on another. Start it with / (a folder of your site, such as /${path.replace(/^\.?\/?/, '')}) or https://.`;
  }
  return null;
}

/** "mvia.org" or "www.mvia.org/about": a site's address typed without https://, which a browser reads as a path. */
const bareDomain = (url) => /^[a-z0-9-]+(\.[a-z0-9-]+)*\.[a-z]{2,}(?=[/?#:]|$)/i.test(url) && !/^[a-z][a-z0-9+.-]*:/i.test(url);
/** The partner's address as the snippet writes it: with https:// in front of a bare domain. */
const organizationUrl = (url) => safeLink(bareDomain(url) ? `https://${url}` : url) ?? '';

/** Problems a webmaster should fix before pasting, by field; shown beside it, not in the snippet. */
function inputProblems(data) {
  const problems = Object.fromEntries(CHECKED_FIELDS.map((name) => [name, []]));
  const url = data.get('organization-url').trim();
  if (url && !safeLink(url)) problems['organization-url'].push(`The web address "${url}" is not an http(s) address, so it is left out.`);
  else if (bareDomain(url)) problems['organization-url'].push(`"${url}" has no https:// in front, so on your pages it would be a link to a page of your own site. The snippet uses https://${url}.`);
  // The widget's own check of bill numbers, their session and co-sponsor codes, on today's date.
  document.querySelector('#ask-hint').textContent = ASK_NEEDS[data.get('ask')] ?? '';
  const bills = {
    billHouse: data.get('bill-house'),
    billSenate: data.get('bill-senate'),
    amendmentHouse: data.get('amendment-house'),
    amendmentSenate: data.get('amendment-senate'),
    cosponsors: codesOf(data),
    billSession: data.get('bill-session'),
  };
  for (const problem of currentBills(bills, GENERAL_COURT, knownCodes, Date.now()).problems) {
    problems[/^co-sponsor/.test(problem) ? 'cosponsors' : 'bill-session'].push(problem[0].toUpperCase() + problem.slice(1));
  }
  const { unknown, ended } = resolveAlsoContact(parseAlsoContact(data.get('also-contact')), GENERAL_COURT, Date.now());
  for (const token of unknown) problems['also-contact'].push(`"${token}" names no one in this version's data: use speaker, senate-president, governor, committee:CODE or member:CODE.`);
  // The widget hides them on the same date, and says only that the list awaits an update.
  if (ended) {
    problems['also-contact'].push(
      `Some of these are not shown today: their term has ended (the ${ordinalNumeral(GENERAL_COURT.number)} General Court's members, chairs and leaders, or the governor's). Move to a version with the new names (README, "Updating").`,
    );
  }
  if (data.get('ask') === 'budget-amendment' && !data.get('amendment-house').trim() && !data.get('amendment-senate').trim()) {
    problems['amendment-house'].push('The budget amendment ask names the amendment by its number: add the House or Senate number, or the scripts say only "the budget amendment".');
  }
  if (data.get('host') === 'self') {
    const folder = folderProblem(data.get('self-path').trim());
    if (folder) problems['self-path'].push(folder);
  }
  return problems;
}

function showProblems(problems) {
  for (const [name, list] of Object.entries(problems)) {
    const field = form.elements[name];
    const box = document.getElementById(`${name}-problem`);
    box.textContent = list.map((problem) => `⚠ ${problem}`).join(' ');
    box.hidden = !list.length;
    if (list.length) field.setAttribute('aria-invalid', 'true');
    else field.removeAttribute('aria-invalid');
  }
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
    if (data.get('ask') !== 'cosponsor') add('ask', data.get('ask'));
    add('bill-house', data.get('bill-house').trim());
    add('bill-senate', data.get('bill-senate').trim());
    add('amendment-house', data.get('amendment-house').trim());
    add('amendment-senate', data.get('amendment-senate').trim());
    // Always written: the widget then knows which session the numbers and co-sponsors belong to.
    add('bill-session', data.get('bill-session').trim() || String(GENERAL_COURT.number));
    add('cosponsors', codesOf(data).join(','));
    add('also-contact', parseAlsoContact(data.get('also-contact')).join(', '));
    add('organization', data.get('organization').trim());
    if (element === 'sca-campaign') add('organization-url', organizationUrl(data.get('organization-url').trim()));
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

/**
 * The colors, as a rule for the site's stylesheet. Not part of the snippet: a <style> pasted into
 * a page is blocked by a strict Content-Security-Policy (style-src) and stripped by many editors,
 * and the colors would then silently fall back to the theme's.
 */
function colorRule(current) {
  if (!overrides.size) return '';
  const declarations = [...overrides].map(([name, value]) => `  --sca-color-${name}: ${value};`).join('\n');
  return `${current.element} {\n${declarations}\n}`;
}

function snippet(current) {
  const attributes = current.attributes.map(([name, value]) => (value === true ? ` ${name}` : ` ${name}="${escapeAttribute(value)}"`)).join('');
  const lines = [scriptTag(current)];
  lines.push(`<${current.element}${attributes}>\n  ${fallbackLink(current)}\n</${current.element}>`);
  return lines.join('\n');
}

/**
 * Shown as plain HTML if the script cannot load (blocked, offline); replaced once the widget
 * starts. In the widget's language when the partner fixes one (the element's lang then covers
 * it); marked English when the widget follows the page, whose language the snippet cannot know.
 */
function fallbackLink(current) {
  const lang = current.attributes.find(([name]) => name === 'lang')?.[1];
  const translated = lang && lang !== 'en' ? SNIPPET_FALLBACK[lang] : undefined;
  const text = translated ? escapeAttribute(translated) : 'Find your Massachusetts legislators';
  const marks = translated ? (directionOf(lang) === 'rtl' ? ' dir="rtl"' : '') : lang === 'en' ? '' : ' lang="en"';
  return `<a href="${FIND_MY_LEGISLATOR_URL}"${marks}>${text}</a>`;
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
  contrastOutput.replaceChildren(...lines);
  const failing = lines.filter((line) => line.className === 'bad').length;
  // One short status for screen readers instead of re-reading every line on each change.
  document.querySelector('#contrast-summary').textContent = failing
    ? `${failing} color problem${failing === 1 ? '' : 's'} to fix below.`
    : 'All color pairs pass WCAG AA.';
}

/** What the preview shows now: a change event after the input events it follows changes nothing. */
let shownKey = null;

async function update() {
  const current = options();
  // Rebuilding an unchanged preview would replace the button a reader is about to click (leaving
  // a field fires "change" as the pointer goes down on the preview).
  const key = JSON.stringify([current.element, current.attributes, current.host, current.selfPath, current.theme, current.problems, [...overrides]]);
  if (key === shownKey) return;
  shownKey = key;
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
  showProblems(current.problems);
  const fieldProblems = Object.values(current.problems).flat().length;
  document.querySelector('#field-summary').textContent = fieldProblems
    ? `${fieldProblems} option${fieldProblems === 1 ? ' needs' : 's need'} a look: see the marked field${fieldProblems === 1 ? '' : 's'}.`
    : '';
  snippetOutput.textContent = snippet(current);
  const rule = colorRule(current);
  document.querySelector('#css-box').hidden = !rule;
  document.querySelector('#css').textContent = rule;
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
/** A copy button: to the clipboard, or the text selected where the clipboard is not allowed (file://). */
function copyButton(button, output, status) {
  button.addEventListener('click', async () => {
    try {
      await navigator.clipboard.writeText(output.textContent);
      status.textContent = 'Copied.';
    } catch {
      getSelection().selectAllChildren(output);
      status.textContent = 'Copying is blocked here: the text is selected, press Ctrl+C (or ⌘C).';
    }
  });
}
copyButton(document.querySelector('#copy'), snippetOutput, document.querySelector('#copy-status'));
copyButton(document.querySelector('#copy-css'), document.querySelector('#css'), document.querySelector('#copy-css-status'));

async function main() {
  manifest ??= await fetch('../dist/manifest.json')
    .then((response) => response.json())
    .catch(() => null);
  setUp();
  await customElements.whenDefined('sca-campaign');
  update();
}
main();
