// @custom-elements-manifest/analyzer: reads the elements' JSDoc (@tagname, @summary, @slot,
// @csspart, @cssprop, @attr, @fires) into custom-elements.json, shipped in the npm package.
export default {
  globs: ['src/elements/**/*.ts'],
  exclude: ['src/**/*.styles.ts'],
  outdir: '.',
  litelement: true,
};
