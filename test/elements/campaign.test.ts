import { expect, fixture, html } from '@open-wc/testing';
import type { SafeCommunitiesCampaign } from '../../src/elements/campaign/campaign.js';
import type { SafeCommunitiesContact } from '../../src/elements/contact/contact.js';
import { all, captureWarnings, one, shadow, text } from '../helpers.js';
import { openDialog } from '../contact-helpers.js';
import '../../src/index.js';

async function renderCampaign(template: ReturnType<typeof html>) {
  const element = await fixture<SafeCommunitiesCampaign>(template);
  await element.updateComplete;
  const explainer = one(element, 'sca-explainer') as HTMLElement & { updateComplete: Promise<boolean> };
  const contact = one(element, 'sca-contact') as HTMLElement & { updateComplete: Promise<boolean>; open(): void };
  await explainer.updateComplete;
  await contact.updateComplete;
  return { element, explainer, contact };
}

const HOSTILE = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=1</script>';

describe('<sca-campaign>', () => {
  it('puts the explainer and the contact button together, passing attributes through', async () => {
    const { explainer, contact } = await renderCampaign(html`
      <sca-campaign layout="accordion" theme="dark" heading-level="3" hide-faq chamber="senate" bill-senate="S.1681" label="Call now"></sca-campaign>
    `);
    expect(explainer.getAttribute('layout')).to.equal('accordion');
    expect(explainer.getAttribute('theme')).to.equal('dark');
    expect(one(explainer, '[part="title"]').getAttribute('aria-level')).to.equal('3');
    expect(shadow(explainer).querySelector('[part="faq"]')).to.equal(null);
    expect(contact.getAttribute('chamber')).to.equal('senate');
    expect(contact.getAttribute('bill-senate')).to.equal('S.1681');
    expect(text(one(contact, '[part="button"]'))).to.equal('Call now');
  });

  it('passes the ask, the amendment numbers and also-contact on to its contact flow: attributes over the JSON', async () => {
    const config = { ask: 'report-out', amendmentHouse: '1031', amendmentSenate: '512', alsoContact: ['committee:J22'] };
    const { contact } = await renderCampaign(html`
      <sca-campaign amendment-senate="77" also-contact="speaker, governor"><script type="application/json">${JSON.stringify(config)}</script></sca-campaign>
    `);
    expect(contact.getAttribute('ask')).to.equal('report-out');
    expect(contact.getAttribute('amendment-house')).to.equal('1031');
    expect(contact.getAttribute('amendment-senate')).to.equal('77');
    expect((contact as unknown as { alsoContact: string[] }).alsoContact).to.deep.equal(['speaker', 'governor']);
  });

  it('reads partner content from a JSON script child, as text only', async () => {
    const config = {
      intro: HOSTILE,
      provisions: [{ number: 2, title: HOSTILE }],
      organization: { name: HOSTILE, url: 'https://example.org/' },
      billHouse: 'H.2580',
      cosponsors: ['ALS1'],
    };
    const { element, explainer, contact } = await renderCampaign(html`
      <sca-campaign><script type="application/json">${JSON.stringify(config)}</script></sca-campaign>
    `);
    expect(text(one(explainer, '[part="intro"]'))).to.equal(HOSTILE);
    expect(text(all(explainer, '[part="provision-title"]')[1]!)).to.contain(HOSTILE);
    const partner = one(element, '[part="partner"] a');
    expect(text(partner)).to.equal(HOSTILE);
    expect(partner.getAttribute('href')).to.equal('https://example.org/');
    expect(contact.getAttribute('bill-house')).to.equal('H.2580');
    expect((contact as unknown as { cosponsors: string[] }).cosponsors).to.deep.equal(['ALS1']);
    for (const root of [shadow(element), shadow(explainer), shadow(contact)]) {
      expect(root.querySelector('img, script')).to.equal(null);
    }
    expect((window as { __pwned?: number }).__pwned).to.equal(undefined);
  });

  it('warns once, naming the key, and keeps the defaults for a bad configuration', async () => {
    let rendered!: Awaited<ReturnType<typeof renderCampaign>>;
    const warnings = await captureWarnings(async () => {
      rendered = await renderCampaign(html`
        <sca-campaign><script type="application/json">{"intro": 5, "colour": "red", "organization": {"name": "Org", "url": "javascript:alert(1)"}}</script></sca-campaign>
      `);
      rendered.element.layout = 'list';
      await rendered.element.updateComplete;
    });
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('"intro"').and.to.contain('"colour"').and.to.contain('"organization.url"');
    expect(text(one(rendered.explainer, '[part="intro"]'))).to.contain('three protections');
    const partner = one(rendered.element, '[part="partner"]');
    expect(partner.querySelector('a')).to.equal(null);
    expect(text(partner)).to.contain('Org');
  });

  it('takes a config property, and attributes win over it', async () => {
    const { element, contact } = await renderCampaign(html`<sca-campaign bill-house="H.1"></sca-campaign>`);
    element.config = { billHouse: 'H.2', billSenate: 'S.2', label: 'From config' };
    await element.updateComplete;
    await (contact as unknown as { updateComplete: Promise<boolean> }).updateComplete;
    expect(contact.getAttribute('bill-house')).to.equal('H.1');
    expect(contact.getAttribute('bill-senate')).to.equal('S.2');
    expect(text(one(contact, '[part="button"]'))).to.equal('From config');
  });

  it('never turns a javascript: organization-url attribute into a link', async () => {
    const { element } = await renderCampaign(html`<sca-campaign organization="Org" organization-url="javascript:alert(1)"></sca-campaign>`);
    expect(one(element, '[part="partner"]').querySelector('a')).to.equal(null);
  });

  it('forwards the inner parts for designers', async () => {
    const { explainer, contact } = await renderCampaign(html`<sca-campaign></sca-campaign>`);
    expect(explainer.getAttribute('exportparts')).to.contain('provision').and.to.contain('container: explainer');
    expect(contact.getAttribute('exportparts')).to.contain('button');
  });

  it('shows a language switcher in the dialog too with language-picker, both styled through ::part(language-picker)', async () => {
    const style = document.createElement('style');
    style.textContent = 'sca-campaign::part(language-picker) { outline: 3px solid rgb(1, 2, 3); }';
    document.head.append(style);
    try {
      const { explainer, contact } = await renderCampaign(html`<sca-campaign language-picker></sca-campaign>`);
      expect(contact.getAttribute('exportparts')).to.contain('language-picker');
      await openDialog(contact as unknown as SafeCommunitiesContact);
      for (const picker of [one(explainer, '[part="language-picker"]'), one(contact, 'dialog [part="language-picker"]')]) {
        expect(getComputedStyle(picker).outlineColor).to.equal('rgb(1, 2, 3)');
      }
    } finally {
      style.remove();
    }
  });

  it('shows no switcher in the dialog without language-picker', async () => {
    const { contact } = await renderCampaign(html`<sca-campaign></sca-campaign>`);
    await openDialog(contact as unknown as SafeCommunitiesContact);
    expect(shadow(contact).querySelector('[part="language-picker"]')).to.equal(null);
  });

  it('is accessible', async () => {
    const { element } = await renderCampaign(html`<sca-campaign organization="Org" organization-url="https://example.org"></sca-campaign>`);
    await expect(element).to.be.accessible();
  });
});
