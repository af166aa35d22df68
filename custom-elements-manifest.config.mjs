// @custom-elements-manifest/analyzer: reads the elements' JSDoc (@tagname, @summary, @slot,
// @csspart, @cssprop, @attr, @fires, a field's @default) into custom-elements.json, shipped in
// the npm package. test/node/manifest.test.mjs checks the result against lib/ and the styles.
import { readFileSync } from 'node:fs';
import path from 'node:path';

export default {
  // The public API only: the four elements, the events they fire, and the package's two entry
  // modules (what they export and which tags they define). The internal helpers under
  // src/elements/contact/ (flow, steps, controllers, card, texts…) and after-first-paint.ts are
  // left out: no element inherits from them or mixes them in, so the elements' entries lose
  // nothing, and a partner's editor should not offer flow.startOver() as API. Re-exports that
  // point into them (contact.js's WHERE_DO_I_VOTE_URL) still name a module that is in lib/.
  globs: [
    'src/index.ts',
    'src/explainer-only.ts',
    'src/exports.ts',
    'src/elements/campaign/campaign.ts',
    'src/elements/contact/contact.ts',
    'src/elements/contact/events.ts',
    'src/elements/explainer/explainer.ts',
    'src/elements/explainer/provision.ts',
  ],
  outdir: '.',
  litelement: true,
  plugins: [fieldDefaultsPlugin(), definitionsPlugin(), importedExportsPlugin(), namedEventsOnlyPlugin(), packagePathsPlugin()],
};

/**
 * A field's `@default` tag is its default in the manifest, for the property and its attribute,
 * over the initializer: `label = ''` means "not set", and what a partner needs to know is what
 * the element then does (the built-in "Contact your legislators"). An empty `@default` says there
 * is none. A public attribute whose initializer is `''` without a `@default` stops the build, so
 * a new one cannot slip into the manifest as `''` again.
 */
function fieldDefaultsPlugin() {
  return {
    name: 'sca-field-defaults',
    analyzePhase({ ts, node, moduleDoc }) {
      if (!ts.isClassDeclaration(node) || !node.name) return;
      const classDoc = moduleDoc.declarations.find((declaration) => declaration.name === node.name.getText());
      for (const member of node.members) {
        if (!ts.isPropertyDeclaration(member) || !member.name) continue;
        const name = member.name.getText();
        const field = classDoc?.members?.find((candidate) => candidate.name === name && candidate.kind === 'field');
        if (!field || field.privacy === 'private' || field.privacy === 'protected') continue;
        const tag = ts.getJSDocTags(member).find((candidate) => candidate.tagName.getText() === 'default');
        const attribute = classDoc.attributes?.find((candidate) => candidate.fieldName === name);
        if (!tag) {
          if (attribute && field.default === "''") {
            throw new Error(`${classDoc.name}.${name}: '' stands for "not set"; add a @default tag saying what the element then does.`);
          }
          continue;
        }
        const text = ts.getTextOfJSDocComment(tag.comment)?.replace(/\s+/g, ' ').trim();
        for (const doc of [field, attribute].filter(Boolean)) {
          if (text) doc.default = text;
          else delete doc.default;
        }
      }
    },
  };
}

/**
 * The elements are defined through src/define.ts's `define(name, class)` (it skips a name already
 * taken), inside functions of src/define-all.ts and src/define-explainer.ts that the entry modules
 * call on import; the analyzer only knows `customElements.define`. So: for each top-level call in
 * an analyzed module of a function imported from a relative module, that function's
 * `define('tag', Class)` calls become `custom-element-definition` exports of the calling module,
 * the module a partner imports to get the tags (lib/index.js, lib/explainer-only.js), each
 * pointing at the class in the module that declares it.
 */
function definitionsPlugin() {
  return {
    name: 'sca-definitions',
    analyzePhase({ ts, node, moduleDoc }) {
      if (!ts.isSourceFile(node)) return;
      const imports = importsOf(ts, node, moduleDoc.path);
      for (const statement of node.statements) {
        if (!ts.isExpressionStatement(statement) || !ts.isCallExpression(statement.expression)) continue;
        const callee = statement.expression.expression;
        const from = ts.isIdentifier(callee) ? imports.get(callee.text) : undefined;
        if (!from) continue;
        for (const { tag, declaration } of definitionsIn(ts, from.module, from.name)) {
          moduleDoc.exports.push({ kind: 'custom-element-definition', name: tag, declaration });
        }
      }
    },
  };
}

/** `define('tag', Class)` calls in the function `functionName` of the module at `modulePath`. */
function definitionsIn(ts, modulePath, functionName) {
  const source = ts.createSourceFile(modulePath, readFileSync(modulePath, 'utf8'), ts.ScriptTarget.Latest, true);
  const imports = importsOf(ts, source, modulePath);
  const definitions = [];
  const visit = (node) => {
    if (ts.isCallExpression(node) && ts.isIdentifier(node.expression) && node.expression.text === 'define') {
      const [tag, elementClass] = node.arguments;
      if (tag && ts.isStringLiteral(tag) && elementClass && ts.isIdentifier(elementClass)) {
        const declared = imports.get(elementClass.text) ?? { name: elementClass.text, module: modulePath };
        definitions.push({ tag: tag.text, declaration: { name: declared.name, module: declared.module } });
      }
    }
    ts.forEachChild(node, visit);
  };
  const definer = source.statements.find((statement) => ts.isFunctionDeclaration(statement) && statement.name?.text === functionName);
  if (definer) visit(definer);
  return definitions;
}

/** A module's relative named imports: local name → { name, module } (module as `src/….ts`). */
function importsOf(ts, source, modulePath) {
  const imports = new Map();
  for (const statement of source.statements) {
    if (!ts.isImportDeclaration(statement) || !ts.isStringLiteral(statement.moduleSpecifier)) continue;
    const specifier = statement.moduleSpecifier.text;
    const bindings = statement.importClause?.namedBindings;
    if (!specifier.startsWith('.') || !bindings || !ts.isNamedImports(bindings)) continue;
    const module = path.posix.join(path.posix.dirname(modulePath), specifier).replace(/\.js$/, '.ts');
    for (const element of bindings.elements) {
      imports.set(element.name.text, { name: (element.propertyName ?? element.name).text, module });
    }
  }
  return imports;
}

/**
 * `this.dispatchEvent(new ScaLookupEvent(…))` makes the analyzer add an event without a name
 * beside the documented `@fires {ScaLookupEvent} sca-lookup`; only the named one is true.
 */
function namedEventsOnlyPlugin() {
  return {
    name: 'sca-named-events-only',
    packageLinkPhase({ customElementsManifest }) {
      for (const declaration of customElementsManifest.modules.flatMap((module) => module.declarations ?? [])) {
        if (declaration.events) declaration.events = declaration.events.filter((event) => event.name);
      }
    },
  };
}

/**
 * `import { FIND_MY_LEGISLATOR_URL } from '../../lookup/index.js'; export { FIND_MY_LEGISLATOR_URL };`
 * makes the analyzer say the constant is declared in the exporting module, which declares no such
 * thing: the reference becomes the module it is imported from, where a tool can find it.
 */
function importedExportsPlugin() {
  const importsByModule = new Map();
  return {
    name: 'sca-imported-exports',
    analyzePhase({ ts, node, moduleDoc }) {
      if (ts.isSourceFile(node)) importsByModule.set(moduleDoc.path, importsOf(ts, node, moduleDoc.path));
    },
    moduleLinkPhase({ moduleDoc }) {
      const imports = importsByModule.get(moduleDoc.path);
      for (const exported of moduleDoc.exports ?? []) {
        const { declaration } = exported;
        const local = declaration.module === moduleDoc.path && !moduleDoc.declarations.some((candidate) => candidate.name === declaration.name);
        const imported = local ? imports?.get(declaration.name) : undefined;
        if (imported) exported.declaration = imported;
      }
    },
  };
}

/**
 * The package ships tsc's output in lib/, not src/: every `path` and `module` becomes the
 * `lib/….js` file a partner's tools can open, and a re-export's module, which the analyzer
 * leaves as written (`./events.js`), the package path it stands for. Last, after the analyzer's
 * own linking, which matches modules by their source paths.
 */
function packagePathsPlugin() {
  const packagePath = (modulePath, specifier) =>
    (specifier.startsWith('.') ? path.posix.join(path.posix.dirname(modulePath), specifier) : specifier).replace(/^src\/(.+)\.(ts|js)$/, 'lib/$1.js');
  const rewrite = (value, modulePath) => {
    if (Array.isArray(value)) return value.forEach((entry) => rewrite(entry, modulePath));
    if (!value || typeof value !== 'object') return;
    for (const [key, inner] of Object.entries(value)) {
      if ((key === 'path' || key === 'module') && typeof inner === 'string') value[key] = packagePath(modulePath, inner);
      else rewrite(inner, modulePath);
    }
  };
  return {
    name: 'sca-package-paths',
    packageLinkPhase({ customElementsManifest }) {
      for (const module of customElementsManifest.modules) rewrite(module, module.path);
    },
  };
}
