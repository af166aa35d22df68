// Single-file builds: the whole library as an ES module (<script type="module">) and as an IIFE
// (hosts that only allow a classic <script>), and the explainer alone for pages that need no
// contact flow. Each carries production Lit and every language inside (inlineDynamicImports):
// one file is what a Subresource Integrity hash can cover.
import typescript from '@rollup/plugin-typescript';
import resolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';

const banner = `/*! safe-communities-widgets ${process.env.npm_package_version ?? ''} | MIT | bundles Lit (BSD-3-Clause) */`;

function plugins({ module }) {
  return [
    // No 'development' condition, so Lit resolves to its production build.
    resolve({ exportConditions: ['production', 'browser'] }),
    typescript({ tsconfig: './tsconfig.json', declaration: false, outDir: undefined, noEmitOnError: true }),
    // module: false on the IIFE, or terser drops its global name.
    terser({ module, ecma: 2022, compress: { passes: 2 }, format: { comments: /^!/ } }),
  ];
}

export default [
  {
    input: 'src/index.ts',
    output: { file: 'dist/safe-communities.js', format: 'es', banner, inlineDynamicImports: true },
    plugins: plugins({ module: true }),
  },
  {
    input: 'src/index.ts',
    output: { file: 'dist/safe-communities.iife.js', format: 'iife', name: 'SafeCommunities', banner, inlineDynamicImports: true },
    plugins: plugins({ module: false }),
  },
  {
    input: 'src/explainer-only.ts',
    output: { file: 'dist/safe-communities-explainer.js', format: 'es', banner, inlineDynamicImports: true },
    plugins: plugins({ module: true }),
  },
];
