// A seeded sample of the hostile-input run (hostile-cases.mjs) over every public attribute,
// property and JSON key of the three elements and the reader's own inputs. `npm run hostile`
// runs every case and prints the counts.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { hostileRun } from './hostile-run.mjs';

describe('hostile inputs (seeded sample)', () => {
  it('no uncaught error, no blank widget, no payload, no request beyond the widget’s own files', async () => {
    const result = await hostileRun({ sample: 400 });
    console.log(`hostile inputs: ${result.tried} of ${result.total} cases tried, ${result.failures.length} failed, ${result.seconds.toFixed(1)} s`);
    assert.equal(result.tried, 400);
    assert.deepEqual(result.failures.slice(0, 10), []);
    assert.deepEqual(result.foreign, []);
    assert.deepEqual(result.violations, []);
    assert.deepEqual(result.pageErrors, []);
  });
});
