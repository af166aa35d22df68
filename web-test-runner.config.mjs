// Browser tests: TypeScript through esbuild, run in Debian's chromium (npm cannot download one here).
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { defaultReporter, summaryReporter } from '@web/test-runner';
import { countingReporter } from './scripts/lib/counting-reporter.mjs';
import { chromiumPath, chromiumArgs } from './scripts/lib/chromium.mjs';
import { sharedDataPlugin } from './scripts/lib/shared-data-plugin.mjs';
import { mockLookupMiddleware } from './scripts/lib/mock-lookup.mjs';
import { fixedClockScript } from './scripts/lib/test-clock.mjs';
import { failureHookScript } from './scripts/lib/test-failures.mjs';

export default {
  files: ['test/**/*.test.ts', '!test/e2e/**'],
  nodeResolve: true,
  // A fixed clock (scripts/lib/test-clock.mjs) for the code under test: no test depends on today's
  // date. It is installed after the test framework has loaded (module scripts run in order), so
  // Mocha keeps the real clock for its time-outs, and before the test files are imported. The
  // failure hook (scripts/lib/test-failures.mjs) keeps a failed comparison of elements reportable.
  testRunnerHtml: (testFramework) =>
    `<!doctype html><html><head></head><body><script type="module" src="${testFramework}"></script><script type="module">${fixedClockScript}</script><script type="module">${failureHookScript}</script></body></html>`,
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
