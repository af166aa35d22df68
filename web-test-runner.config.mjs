// Browser tests: TypeScript through esbuild, run in Debian's chromium (npm cannot download one here).
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { defaultReporter, summaryReporter } from '@web/test-runner';
import { countingReporter } from './scripts/lib/counting-reporter.mjs';
import { chromiumPath, chromiumArgs } from './scripts/lib/chromium.mjs';
import { sharedDataPlugin } from './scripts/lib/shared-data-plugin.mjs';
import { mockLookupMiddleware } from './scripts/lib/mock-lookup.mjs';

export default {
  files: ['test/**/*.test.ts', '!test/e2e/**'],
  nodeResolve: true,
  concurrency: 1,
  testFramework: { config: { timeout: 10000 } },
  plugins: [esbuildPlugin({ ts: true, target: 'es2022', tsconfig: 'tsconfig.json' }), sharedDataPlugin()],
  middleware: [mockLookupMiddleware()],
  browsers: [
    chromeLauncher({
      launchOptions: { executablePath: chromiumPath, headless: true, args: chromiumArgs },
    }),
  ],
  reporters: [defaultReporter(), summaryReporter({ flatten: false }), countingReporter('.tmp/wtr-counts.json')],
};
