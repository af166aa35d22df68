// custom-elements.json, as `npm run build` writes it into the npm package, against the package
// itself (lib/) and the elements' sources: the modules it names exist, the four tags are defined
// by the modules a partner imports, every --sca-* property an element's styles read is listed
// for it, no default is the "not set" '' of an initializer, and the events carry their types.
// The properties are derived from the styles (lib/…styles.js, which Node can import: they need
// Lit's `css` and nothing of the DOM), never from a list kept here.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const read = (file) => readFileSync(join(repoRoot, file), 'utf8');
const packageJson = JSON.parse(read('package.json'));
const manifestFile = packageJson.customElements;
assert.ok(existsSync(join(repoRoot, manifestFile)) && existsSync(join(repoRoot, 'lib')), `${manifestFile} and lib/ come from \`npm run build\``);
const manifest = JSON.parse(read(manifestFile));

const TAGS = ['sca-campaign', 'sca-contact', 'sca-explainer', 'sca-provision'];
const declarations = manifest.modules.flatMap((module) => (module.declarations ?? []).map((declaration) => ({ module, declaration })));
const element = (tag) => {
  const found = declarations.find(({ declaration }) => declaration.tagName === tag);
  assert.ok(found, `${tag} is declared`);
  return found;
};
/** lib/x.js → src/x.ts */
const sourceOf = (libPath) => libPath.replace(/^lib\/(.+)\.js$/, 'src/$1.ts');
const withoutComments = (source) => source.replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');

/** Every `path` and `module` string in the manifest, with where it was found; `package` references are another package's. */
function modulePaths(value, where = 'modules', found = []) {
  if (Array.isArray(value)) value.forEach((entry, index) => modulePaths(entry, `${where}[${index}]`, found));
  else if (value && typeof value === 'object' && !value.package) {
    for (const [key, inner] of Object.entries(value)) {
      if ((key === 'path' || key === 'module') && typeof inner === 'string') found.push({ where: `${where}.${key}`, path: inner });
      else modulePaths(inner, `${where}.${key}`, found);
    }
  }
  return found;
}

describe('custom-elements.json', () => {
  it('names only files of the package: lib/ modules that the build wrote', () => {
    assert.ok(packageJson.files.includes('lib/') && packageJson.files.includes(manifestFile));
    const paths = modulePaths(manifest.modules);
    assert.ok(paths.length > manifest.modules.length);
    for (const { where, path } of paths) {
      assert.match(path, /^lib\/.+\.js$/, `${where}: ${path}`);
      assert.ok(existsSync(join(repoRoot, path)), `${where}: ${path} is not in lib/`);
    }
  });

  it('has each tag defined by the entry modules partners import, pointing at the declaring class', () => {
    const entries = Object.values(packageJson.exports).map((target) => target.import).filter(Boolean);
    const defined = new Map();
    for (const module of manifest.modules) {
      for (const exported of module.exports ?? []) {
        if (exported.kind !== 'custom-element-definition') continue;
        assert.ok(entries.includes(`./${module.path}`), `${exported.name} is defined in ${module.path}, which package.json does not export`);
        const target = manifest.modules.find((candidate) => candidate.path === exported.declaration.module);
        const declaration = target?.declarations?.find((candidate) => candidate.name === exported.declaration.name);
        assert.equal(declaration?.tagName, exported.name, `${module.path}: ${exported.name} → ${exported.declaration.name} in ${exported.declaration.module}`);
        defined.set(exported.name, [...(defined.get(exported.name) ?? []), module.path]);
      }
    }
    assert.deepEqual([...defined.keys()].sort(), TAGS);
    // The package's main entry defines all four; the explainer entry its two.
    const main = packageJson.exports['.'].import.slice(2);
    const explainerOnly = packageJson.exports['./explainer'].import.slice(2);
    for (const tag of TAGS) assert.ok(defined.get(tag).includes(main), `${tag} in ${main}`);
    assert.deepEqual(TAGS.filter((tag) => defined.get(tag).includes(explainerOnly)), ['sca-explainer', 'sca-provision']);
  });

  it('presents no internal helper module as API', () => {
    const eventTypes = new Set(declarations.flatMap(({ declaration }) => (declaration.events ?? []).map((event) => event.type?.text)));
    const reExported = new Set(manifest.modules.flatMap((module) => (module.exports ?? []).filter((exported) => exported.name === '*').map((exported) => exported.declaration.module)));
    for (const module of manifest.modules) {
      const isEntry = Object.values(packageJson.exports).some((target) => target.import === `./${module.path}`);
      const declaresElement = (module.declarations ?? []).some((declaration) => declaration.customElement);
      const declaresEvents = (module.declarations ?? []).some((declaration) => eventTypes.has(declaration.name));
      assert.ok(isEntry || reExported.has(module.path) || declaresElement || declaresEvents, `${module.path} is neither an entry, an element nor its events`);
    }
  });

  describe('lists every --sca-* custom property the element reads', () => {
    /** The style sheets an element's source imports from *.styles.js, and the widget elements its template nests. */
    async function stylesOf(tag) {
      const source = withoutComments(read(sourceOf(element(tag).module.path)));
      const sheets = [];
      for (const [, names, specifier] of source.matchAll(/import\s*\{([^}]*)\}\s*from\s*'([^']+\.styles\.js)'/g)) {
        const styles = await import(join(repoRoot, dirname(element(tag).module.path), specifier));
        for (const name of names.split(',').map((entry) => entry.trim()).filter(Boolean)) sheets.push(...[styles[name]].flat(Infinity));
      }
      const nested = new Set([...source.matchAll(/<(sca-[a-z-]+)[\s>]/g)].map((match) => match[1]).filter((nestedTag) => nestedTag !== tag));
      return { cssText: sheets.map((sheet) => sheet.cssText).join('\n'), nested: [...nested] };
    }

    /**
     * The public properties a style text reads: directly, or through the private `--_x: var(--sca-x, default)`
     * copies of src/styles/tokens.ts where a rule reads `var(--_x)`; with each one's fallbacks.
     */
    function publicProperties(cssText) {
      const privateCopies = new Map();
      for (const [, name, value] of cssText.matchAll(/(--_[\w-]+)\s*:\s*([^;}]*)/g)) {
        privateCopies.set(name, [...(privateCopies.get(name) ?? []), value]);
      }
      const fallbacks = new Map();
      const read = [...cssText.replace(/--_[\w-]+\s*:\s*[^;}]*/g, '').matchAll(/var\(\s*(--[\w-]+)/g)].map((match) => match[1]);
      const seen = new Set();
      while (read.length) {
        const name = read.pop();
        if (seen.has(name)) continue;
        seen.add(name);
        for (const value of privateCopies.get(name) ?? []) {
          for (const [, inner, fallback] of value.matchAll(/var\(\s*(--[\w-]+)\s*(?:,\s*([^)]*))?\)/g)) {
            read.push(inner);
            if (fallback) fallbacks.set(inner, new Set([...(fallbacks.get(inner) ?? []), fallback.trim()]));
          }
        }
      }
      return new Map([...seen].filter((name) => name.startsWith('--sca-')).map((name) => [name, fallbacks.get(name) ?? new Set()]));
    }

    async function readsOf(tag) {
      const { cssText, nested } = await stylesOf(tag);
      const reads = publicProperties(cssText);
      for (const inner of nested) {
        for (const [name, fallbacks] of await readsOf(inner)) reads.set(name, new Set([...(reads.get(name) ?? []), ...fallbacks]));
      }
      return reads;
    }

    for (const tag of TAGS) {
      it(tag, async () => {
        const reads = await readsOf(tag);
        const listed = element(tag).declaration.cssProperties ?? [];
        assert.deepEqual(listed.map((property) => property.name).sort(), [...reads.keys()].sort());
        for (const property of listed) {
          for (const fallback of reads.get(property.name)) {
            assert.ok(property.default?.includes(fallback), `${tag} ${property.name}: default ${JSON.stringify(property.default)} leaves out ${fallback}`);
          }
        }
      });
    }

    it('(the derivation finds the explainer’s tokens)', async () => {
      const reads = await readsOf('sca-explainer');
      assert.ok(reads.has('--sca-color-accent') && reads.get('--sca-space').has('1em'));
    });
  });

  it('gives every attribute the default the element really uses, never the initializer’s ""', async () => {
    const { DEFAULT_LOCALES } = await import(join(repoRoot, 'lib/i18n/language.js'));
    const { FIND_MY_LEGISLATOR_URL } = await import(join(repoRoot, 'lib/lookup/decode.js'));
    for (const tag of TAGS) {
      const { declaration } = element(tag);
      for (const attribute of declaration.attributes ?? []) {
        const where = `${tag} ${attribute.name}`;
        // A provision override without its number is refused: there is no default to give.
        if (tag === 'sca-provision' && attribute.name === 'number') continue;
        assert.ok(attribute.default !== undefined, `${where} has no default`);
        assert.ok(!["''", '""', ''].includes(attribute.default.trim()), `${where}: default ${attribute.default}`);
        const field = declaration.members?.find((member) => member.name === attribute.fieldName);
        if (field) assert.equal(field.default, attribute.default, `${where}: the property and the attribute agree`);
        if (attribute.name === 'languages') assert.ok(attribute.default.endsWith(DEFAULT_LOCALES.join(' ')), `${where}: ${attribute.default}`);
        if (attribute.name === 'report-url') assert.equal(attribute.default, FIND_MY_LEGISLATOR_URL);
        if (attribute.name === 'label') assert.match(attribute.default, /Contact your legislators/);
      }
      for (const member of declaration.members ?? []) {
        if (member.kind === 'field' && !member.privacy) assert.ok(!["''", '""'].includes(member.default), `${tag}.${member.name}: default ${member.default}`);
      }
    }
  });

  it('types the campaign’s events, the contact events that bubble out of it', () => {
    const eventsModule = manifest.modules.find((module) => module.path === 'lib/elements/contact/events.js');
    const eventClasses = new Set(eventsModule.declarations.map((declaration) => declaration.name));
    for (const tag of TAGS) {
      for (const event of element(tag).declaration.events ?? []) assert.ok(event.name, `${tag} has an event without a name: ${JSON.stringify(event)}`);
    }
    const events = (tag) => element(tag).declaration.events.map(({ name, type }) => ({ name, type: type?.text }));
    assert.deepEqual(events('sca-campaign'), events('sca-contact'));
    assert.deepEqual(events('sca-campaign').map(({ name }) => name), ['sca-lookup', 'sca-action', 'sca-contact', 'sca-outcome']);
    for (const { name, type } of events('sca-campaign')) assert.ok(eventClasses.has(type), `${name}: ${type} is an event class of ${eventsModule.path}`);
  });

  it('types the campaign’s config as CampaignConfig, which the package exports', () => {
    const config = element('sca-campaign').declaration.members.find((member) => member.name === 'config');
    assert.match(config.type.text, /^CampaignConfig\b/);
    assert.match(read('lib/exports.d.ts'), /\bCampaignConfig\b/);
  });

  it('lists the parts the campaign forwards from its inner elements', () => {
    const parts = (tag) => (element(tag).declaration.cssParts ?? []).map((part) => part.name);
    const campaign = new Set(parts('sca-campaign'));
    for (const inner of ['sca-explainer', 'sca-contact']) {
      // The explainer's `container` is forwarded as `explainer`; the contact's is not (the campaign's `action` box holds it).
      for (const part of parts(inner).filter((name) => name !== 'container')) assert.ok(campaign.has(part), `${inner}'s ${part}`);
    }
  });
});
