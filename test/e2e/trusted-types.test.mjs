// Strict CSPs that list allowed Trusted Types policies, without 'allow-duplicates': the widget
// must work with the policy name it documents, when included twice, and beside the host
// page's own Lit (a different version, with its own "lit-html" policy).
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { build } from 'esbuild';
import { openRecordedPage, usePartnerPage } from './support.mjs';

const POLICY = 'safe-communities-widgets';

describe('Trusted Types allowlists', () => {

  const partner = usePartnerPage('trusted-types', async (scriptUrl) => {
    const hostLit = await build({
      entryPoints: ['test/e2e/fixtures/host-lit-element.js'],
      bundle: true,
      format: 'esm',
      write: false,
      minify: true,
    });
    const csp = (policies) =>
      `default-src 'none'; script-src 'self' ${scriptUrl}; style-src 'self'; require-trusted-types-for 'script'; trusted-types ${policies}`;
    const page = (scripts) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>TT</title>
${scripts}</head><body><host-banner></host-banner><sca-explainer></sca-explainer><sca-contact></sca-contact></body></html>`;
    const module = `<script type="module" src="${scriptUrl}/safe-communities.js"></script>`;
    const classic = (query = '') => `<script src="${scriptUrl}/safe-communities.iife.js${query}" defer></script>`;
    const host = `<script type="module" src="/host-lit.js"></script>`;
    return { pages: {
        'only-ours.html': { html: page(module), headers: { 'content-security-policy': csp(POLICY) } },
        'twice.html': { html: page(classic() + classic('?again') + module), headers: { 'content-security-policy': csp(POLICY) } },
        'host-lit.html': { html: page(host + module), headers: { 'content-security-policy': csp(`lit-html ${POLICY}`) } },
        'host-lit-after.html': { html: page(module + host), headers: { 'content-security-policy': csp(`lit-html ${POLICY}`) } },
        'not-allowed.html': { html: page(module), headers: { 'content-security-policy': csp('someone-else') } },
      }, assets: { 'host-lit.js': hostLit.outputFiles[0].text } };
  });

  async function visit(file) {
    const { context, page, record } = await openRecordedPage(partner.browser);
    await page.goto(`${partner.hostUrl}/${file}`);
    await page.waitForTimeout(300);
    const state = await page.evaluate(() => ({
      provisions: document.querySelector('sca-explainer')?.shadowRoot?.querySelectorAll('[part~="provision-title"]').length ?? 0,
      button: document.querySelector('sca-contact')?.shadowRoot?.querySelector('[part="button"]')?.textContent.trim() ?? null,
      banner: document.querySelector('host-banner')?.shadowRoot?.textContent.trim() ?? null,
    }));
    await context.close();
    return { state, record };
  }

  for (const [file, hasHostLit] of [
    ['only-ours.html', false],
    ['twice.html', false],
    ['host-lit.html', true],
    ['host-lit-after.html', true],
  ]) {
    it(`${file}: renders with no error and no violation`, async () => {
      const { state, record } = await visit(file);
      assert.deepEqual(record.pageErrors, []);
      assert.deepEqual(record.consoleErrors, []);
      assert.equal(state.provisions, 3);
      assert.equal(state.button, 'Contact your legislators');
      if (hasHostLit) assert.equal(state.banner, 'Host banner rendered by Lit 2');
    });
  }

  it('not-allowed.html: a CSP that does not list the policy is reported, not silent', async () => {
    const { state, record } = await visit('not-allowed.html');
    assert.equal(state.provisions, 0);
    assert.ok(
      [...record.pageErrors, ...record.consoleErrors].some((message) => message.includes(POLICY)),
      'the browser names the policy the partner must allow',
    );
  });
});
