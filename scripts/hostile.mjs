// `npm run hostile`: every hostile-input case (test/e2e/hostile-cases.mjs) against the built
// bundle, with 1 MB long values; prints the counts and each failure. `-- --sample N --seed S`
// draws a seeded sample instead. CI runs a 400-case sample (test/e2e/hostile-inputs.test.mjs).
import { parseArgs } from 'node:util';
import { hostileRun } from '../test/e2e/hostile-run.mjs';

const { values } = parseArgs({ options: { sample: { type: 'string' }, seed: { type: 'string' }, long: { type: 'string' } } });
const result = await hostileRun({
  sample: values.sample ? Number(values.sample) : null,
  seed: values.seed ? Number(values.seed) : undefined,
  longLength: values.long ? Number(values.long) : 1_000_000,
});
for (const { label, problems } of result.failures) console.log(`FAIL ${label}: ${problems.join('; ')}`);
for (const url of result.foreign) console.log(`REQUEST ${url}`);
for (const violation of result.violations) console.log(`CSP ${violation}`);
for (const error of result.pageErrors) console.log(`PAGE ERROR ${error}`);
console.log(`hostile inputs: ${result.tried} of ${result.total} cases tried, ${result.failures.length} failed, ${result.foreign.length} foreign requests, ${result.violations.length} CSP violations, ${result.seconds.toFixed(1)} s`);
process.exit(result.failures.length || result.foreign.length || result.violations.length || result.pageErrors.length ? 1 : 0);
