// @custom-elements-manifest/analyzer: reads the elements' JSDoc (@tagname, @summary, @slot,
// @csspart, @cssprop, @attr, @fires) into custom-elements.json, shipped in the npm package.
export default {
  globs: ['src/elements/**/*.ts'],
  exclude: ['src/**/*.styles.ts'],
  outdir: '.',
  litelement: true,
  plugins: [
    {
      // The contact element dispatches through one private emit(name, detail) helper, which
      // the analyzer reports as an event called "name"; the real events are in @fires.
      name: 'only-documented-events',
      packageLinkPhase({ customElementsManifest }) {
        for (const module of customElementsManifest.modules) {
          for (const declaration of module.declarations ?? []) {
            if (declaration.events) declaration.events = declaration.events.filter((event) => event.name.startsWith('sca-'));
          }
        }
      },
    },
  ],
};
