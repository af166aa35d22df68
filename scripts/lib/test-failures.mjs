// A root Mocha hook for the browser tests. When an assertion that compares elements fails, chai
// keeps the two elements on the error as `actual` and `expected`, and the test runner then walks
// them (and the whole page they reach) to send them to Node: the browser stalls and the file is
// reported only as "did not finish", with no test named. The hook replaces a node there with a
// short description, so the failure is reported as itself.
export const failureHookScript = `(() => {
  const describe = (node) => node instanceof Element
    ? '<' + node.localName + [...node.classList].map((name) => '.' + name).join('') + '>'
    : node.nodeName;
  afterEach(function () {
    const error = this.currentTest && this.currentTest.err;
    if (!error) return;
    for (const key of ['actual', 'expected']) {
      if (error[key] instanceof Node) error[key] = describe(error[key]);
    }
  });
})();`;
