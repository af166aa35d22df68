// The browser tests' failure hook (scripts/lib/test-failures.mjs): without it, a failed
// comparison of two elements stalls the browser and CI names no test.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import vm from 'node:vm';
import { failureHookScript } from '../../scripts/lib/test-failures.mjs';

class Node {
  constructor(nodeName) {
    this.nodeName = nodeName;
  }
}
class Element extends Node {
  constructor(localName, classes) {
    super(localName.toUpperCase());
    this.localName = localName;
    this.classList = classes;
  }
}

/** The hook the script registers, run as Mocha runs it after a test. */
function hookAfter(test) {
  const hooks = [];
  vm.runInNewContext(failureHookScript, { afterEach: (hook) => hooks.push(hook), Node, Element });
  assert.equal(hooks.length, 1, 'one root afterEach hook');
  hooks[0].call({ currentTest: test });
  return test;
}

describe('the browser tests’ failure hook', () => {
  it('replaces the elements a failed assertion holds with a short description', () => {
    const err = { message: 'expected null to equal <button>', actual: new Element('button', ['button', 'open']), expected: new Node('#text') };
    hookAfter({ err });
    assert.deepEqual(err, { message: 'expected null to equal <button>', actual: '<button.button.open>', expected: '#text' });
  });

  it('leaves other values, and passing tests, alone', () => {
    const err = { actual: null, expected: { a: 1 } };
    hookAfter({ err });
    assert.deepEqual(err, { actual: null, expected: { a: 1 } });
    assert.doesNotThrow(() => hookAfter({}));
  });
});
