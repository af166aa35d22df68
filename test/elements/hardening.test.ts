// The defects an adversary run found (issue "Hardening from an adversary run"), one test each, in
// the issue's order. Each failed before its fix.
import { expect, fixture, fixtureCleanup, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { SafeCommunitiesContact } from '../../src/elements/contact/contact.js';
import { EndpointError, lookupAddress, MAX_ANSWER_BYTES } from '../../src/contact/endpoint.js';
import { readTownQuery, withoutStateAndZip } from '../../src/contact/town-query.js';
import { mailtoLink } from '../../src/contact/messages.js';
import { parseCampaignConfig, readJsonConfig } from '../../src/content/config.js';
import { chooseLocale, matchLocale } from '../../src/i18n/language.js';
import { resolveTown, type SplitTown } from '../../src/lookup/index.js';
import { all, captureWarnings, one, text } from '../helpers.js';
import { findTown, openDialog, renderContact, settle } from '../contact-helpers.js';
import '../../src/index.js';

const FSI = '\u2068';
const PDI = '\u2069';
const cambridge = resolveTown('Cambridge') as SplitTown;

/** Replaces window.fetch for one test and records what was asked. */
function stubFetch(answer: () => Response = () => Response.json({ house: '2nd Suffolk', senate: 'Middlesex and Suffolk' })) {
  const original = window.fetch;
  const calls: Array<{ url: string; body: string }> = [];
  window.fetch = (async (input: RequestInfo | URL, init?: RequestInit) => {
    calls.push({ url: String(input), body: String(init?.body ?? '') });
    return answer();
  }) as typeof fetch;
  return { calls, restore: () => (window.fetch = original) };
}

/** Opens Cambridge's "I'm not sure" section, where the address form lives. */
async function unsureInCambridge(element: SafeCommunitiesContact) {
  await openDialog(element);
  await findTown(element, 'Cambridge');
  [...all(element, '.actions button')].find((button) => text(button) === 'I’m not sure')!.click();
  await settle(element);
}

async function typeAddress(element: SafeCommunitiesContact, value: string) {
  const input = one(element, '#address') as HTMLInputElement;
  input.value = value;
  input.dispatchEvent(new InputEvent('input'));
  await settle(element);
  return input;
}

afterEach(() => {
  for (const contact of document.querySelectorAll('sca-contact')) contact.close();
  fixtureCleanup();
});

describe('1. the consent line names the server that gets the address', () => {
  let base: HTMLBaseElement;
  afterEach(() => base?.remove());

  it('with <base href>, words and request both go to the base URL’s server', async () => {
    base = Object.assign(document.createElement('base'), { href: 'https://other.example/partner/' });
    document.head.prepend(base);
    const stub = stubFetch();
    try {
      const element = await renderContact(html`<sca-contact lookup-endpoint="lookup"></sca-contact>`);
      await unsureInCambridge(element);
      expect(text(one(element, '#address-consent'))).to.contain('other.example').and.not.to.contain(location.host);
      await typeAddress(element, '10 Main Street');
      (one(element, '.address button[type="submit"]') as HTMLButtonElement).click();
      await settle(element);
      expect(stub.calls.map((call) => call.url)).to.deep.equal(['https://other.example/partner/lookup']);
    } finally {
      stub.restore();
    }
  });

  it('the https rule applies to the resolved address: a plain-http base means no address is asked for', async () => {
    base = Object.assign(document.createElement('base'), { href: 'http://other.example/' });
    document.head.prepend(base);
    const warnings = await captureWarnings(async () => {
      const element = await renderContact(html`<sca-contact lookup-endpoint="lookup"></sca-contact>`);
      await unsureInCambridge(element);
      expect(element.shadowRoot!.querySelector('#address')).to.equal(null);
    });
    expect(warnings.join('\n')).to.contain('is not an https address');
  });

  for (const blank of [' ', '\t\n', '']) {
    it(`lookup-endpoint=${JSON.stringify(blank)} is no endpoint (no form, no request, no warning)`, async () => {
      const stub = stubFetch();
      try {
        const warnings = await captureWarnings(async () => {
          const element = await renderContact(html`<sca-contact lookup-endpoint=${blank}></sca-contact>`);
          await unsureInCambridge(element);
          expect(element.shadowRoot!.querySelector('#address')).to.equal(null);
        });
        expect(warnings.filter((w) => w.includes('lookup-endpoint'))).to.deep.equal([]);
        expect(stub.calls).to.deep.equal([]);
      } finally {
        stub.restore();
      }
    });
  }
});

describe('2. an endpoint answer is read with a byte cap', () => {
  it('stops reading a 50 MB malformed answer after the cap', async () => {
    let pulled = 0;
    const chunk = new TextEncoder().encode('['.repeat(16 * 1024));
    const body = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (pulled >= 50 * 1024 * 1024) return controller.close();
        pulled += chunk.byteLength;
        controller.enqueue(chunk);
      },
    });
    const fetchStub = (async () => new Response(body, { headers: { 'content-type': 'application/json' } })) as typeof fetch;
    const error = await lookupAddress('https://lookup.example/', '1 Main St', 'Cambridge', { fetch: fetchStub }).catch((e: unknown) => e);
    expect(error).to.be.instanceOf(EndpointError);
    expect((error as EndpointError).reason).to.equal('invalid');
    expect(pulled).to.be.below(MAX_ANSWER_BYTES + 4 * chunk.byteLength);
  });

  it('refuses an answer that announces more than the cap before reading it', async () => {
    const fetchStub = (async () => new Response('{}', { headers: { 'content-length': String(10 * 1024 * 1024) } })) as typeof fetch;
    const error = await lookupAddress('https://lookup.example/', '1 Main St', 'Cambridge', { fetch: fetchStub }).catch((e: unknown) => e);
    expect((error as EndpointError).reason).to.equal('invalid');
  });

  it('still reads a normal answer', async () => {
    const fetchStub = (async () => Response.json({ house: 'Twenty-Fifth Middlesex', senate: 'Second Middlesex' })) as typeof fetch;
    const pair = await lookupAddress('https://lookup.example/', '1 Main St', 'Cambridge', { fetch: fetchStub, expected: cambridge.pairs });
    expect([pair.house.name, pair.senate.name]).to.deep.equal(['25th Middlesex', 'Second Middlesex']);
  });
});

describe('3. no input freezes the page', () => {
  // These lengths took 77 s (quadratic); Mocha's time-out (10 s) is the only clock here.
  for (const separator of [' ', ',', ' ,']) {
    it(`${JSON.stringify(separator)} repeated 100,000 times`, () => {
      const run = separator.repeat(100_000);
      expect(withoutStateAndZip(`Boston${run}MA${run}02134`)).to.equal('Boston');
      expect(withoutStateAndZip(`Boston${run}x`)).to.equal(`Boston${run}x`);
      expect(withoutStateAndZip(`Boston${run}`)).to.equal(`Boston${run}`.trim());
      expect(readTownQuery(`${run}Boston${run}MA${run}02134`)).to.deep.include({ kind: 'found', municipality: 'Boston' });
    });
  }

  it('gives what the old regular expressions gave, on 2,000 seeded random short inputs', () => {
    const old = (query: string) => {
      const trimmed = query.trim();
      const stripped = trimmed.replace(/[\s,]+\d{5}(-\d{4})?$/, '').replace(/[\s,]+(ma|mass\.?|massachusetts)$/i, '').replace(/[\s,]+\d{5}(-\d{4})?$/, '').trim();
      return stripped || trimmed;
    };
    const pieces = ['Boston', 'East Boston', ' ', ',', ', ', 'MA', 'ma', 'Mass.', 'Massachusetts', '02134', '02134-1234', '0213', 'x', '\t', '-', 'mass'];
    let seed = 20261202;
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    for (let i = 0; i < 2_000; i++) {
      const input = Array.from({ length: 1 + Math.floor(random() * 6) }, () => pieces[Math.floor(random() * pieces.length)]).join('');
      expect(withoutStateAndZip(input), JSON.stringify(input)).to.equal(old(input));
    }
  });

  it('still removes the state and ZIP code people add', () => {
    const cases: Array<[string, string]> = [
      ['Boston, MA', 'Boston'],
      ['Cambridge Massachusetts 02139', 'Cambridge'],
      ['Worcester, Mass. 01608-1234', 'Worcester'],
      ['Salem ma', 'Salem'],
      ['MA', 'MA'],
      ['02134', '02134'],
      ['Boston02134', 'Boston02134'],
      ['  East Boston , MA , 02128 ', 'East Boston'],
    ];
    for (const [input, want] of cases) expect(withoutStateAndZip(input), input).to.equal(want);
  });

  it('the town and address fields have a maximum length', async () => {
    const element = await renderContact(html`<sca-contact lookup-endpoint="https://lookup.example/"></sca-contact>`);
    await openDialog(element);
    expect(one(element, '#town').getAttribute('maxlength')).to.equal('100');
    await findTown(element, 'Cambridge');
    [...all(element, '.actions button')].find((button) => text(button) === 'I’m not sure')!.click();
    await settle(element);
    expect(one(element, '#address').getAttribute('maxlength')).to.equal('200');
  });

  it('an address set from script is cut to 200 characters before it is sent', async () => {
    const stub = stubFetch();
    try {
      const element = await renderContact(html`<sca-contact lookup-endpoint="https://lookup.example/"></sca-contact>`);
      await unsureInCambridge(element);
      await typeAddress(element, `10 Main Street ${'x'.repeat(1_000_000)}`);
      (one(element, '.address button[type="submit"]') as HTMLButtonElement).click();
      await settle(element);
      expect(JSON.parse(stub.calls[0]!.body).address).to.have.length(200);
    } finally {
      stub.restore();
    }
  });

  it('a partner text is cut at 2,000 characters and a template at 10,000, with one warning', async () => {
    let element!: SafeCommunitiesContact;
    const warnings = await captureWarnings(async () => {
      element = await renderContact(html`<sca-contact bill-session="194" bill-house=${'H.' + '9'.repeat(1_000_000)} .templates=${{ ask: { call: `Call ${'x'.repeat(50_000)}` } }}></sca-contact>`);
      await openDialog(element);
      await findTown(element, 'Abington');
    });
    const [call] = all(element, '[part="script"]').map((script) => script.textContent ?? '');
    expect(call!.length).to.be.at.most(10_000);
    const voicemail = all(element, '[part="script"]')[1]!.textContent ?? '';
    expect(voicemail).to.contain('H.999').and.to.have.length.below(2_000 + 200);
    const cut = warnings.filter((w) => /cut to/.test(w));
    expect(cut, warnings.join('\n')).to.have.length(1);
    expect(cut[0]).to.contain('bill-house').and.to.contain('templates.ask.call');
    const { config, problems } = parseCampaignConfig({ intro: 'y'.repeat(5_000), templates: { ask: { emailBody: 'z'.repeat(20_000) } } });
    expect(config.intro).to.have.length(2_000);
    expect(config.templates!.ask!.emailBody).to.have.length(10_000);
    expect(problems).to.have.length(2);
  });
});

describe('4. a lone UTF-16 surrogate does not break the results', () => {
  it('mailto links are built from well-formed text', () => {
    expect(() => mailtoLink('a@b.example', 'Sub\uD800ject', 'Bo\uDC00dy')).not.to.throw();
    expect(mailtoLink('a@b.example', 'x\uD800', 'y')).to.contain('x%EF%BF%BD');
  });

  for (const [name, template] of [
    ['bill-house attribute', html`<sca-contact bill-session="194" bill-house=${'H.\uD800'} bill-senate=${'S.\uDFFF'}></sca-contact>`],
    ['templates property', html`<sca-contact .templates=${{ ask: { emailSubject: 'A\uD83D', emailBody: '\uDE00B' } }}></sca-contact>`],
  ] as const) {
    it(`${name}: the results step appears with working links`, async () => {
      const errors: string[] = [];
      const onError = (event: ErrorEvent) => errors.push(event.message);
      window.addEventListener('error', onError);
      try {
        const element = await renderContact(template);
        await openDialog(element);
        await findTown(element, 'Abington');
        expect(all(element, '[part="legislator"]')).to.have.length(2);
        for (const link of all(element, 'a[href^="mailto:"]')) expect(() => decodeURIComponent(link.getAttribute('href')!)).not.to.throw();
        expect(errors).to.deep.equal([]);
      } finally {
        window.removeEventListener('error', onError);
      }
    });
  }
});

describe('5. keys that are Object.prototype names', () => {
  const names = ['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf', 'isPrototypeOf', 'propertyIsEnumerable', 'toLocaleString'];

  it('each is an unknown key in the JSON child, and the rest of the configuration stays', () => {
    const json = `{${names.map((name) => `"${name}": 1`).join(', ')}, "label": "Go"}`;
    const { config, problems } = readJsonConfig(json);
    expect(config).to.deep.equal({ label: 'Go' });
    expect(Object.getPrototypeOf(config)).to.equal(Object.prototype);
    expect(problems).to.have.length(names.length);
    for (const name of names) expect(problems.join('\n')).to.contain(`"${name}" is not a known key`);
  });

  it('through the config property, set before the first render', async () => {
    const config = JSON.parse(`{${names.map((name) => `"${name}": {"x": 1}`).join(', ')}, "label": "Act now"}`);
    const warnings = await captureWarnings(async () => {
      const campaign = await fixture<HTMLElement & { updateComplete: Promise<boolean> }>(html`<sca-campaign .config=${config}></sca-campaign>`);
      await campaign.updateComplete;
      const contact = campaign.shadowRoot!.querySelector('sca-contact') as SafeCommunitiesContact;
      await settle(contact);
      expect(text(one(contact, '[part="button"]'))).to.equal('Act now');
    });
    expect(warnings.join('\n')).to.contain('"constructor" is not a known key');
  });

  it('nested: templates and organization', () => {
    const { config, problems } = readJsonConfig('{"templates": {"__proto__": {"call": "x"}, "toString": {"call": "y"}}, "organization": {"name": "Org", "constructor": "z"}}');
    expect(config).to.deep.equal({ templates: {}, organization: { name: 'Org' } });
    expect(problems).to.have.length(3);
  });

  it('a lang of "constructor" or "__proto__" is just a language the widget lacks', () => {
    for (const name of names) {
      expect(matchLocale(name)).to.equal(null);
      expect(chooseLocale([name, 'es'])).to.equal('es');
    }
  });
});

describe('6. invisible text counts as no text', () => {
  const invisible = [' ', '\u00A0\u00A0', '\u200B', '\uFEFF', '\u0000', ' \u200B\u00A0\uFEFF\u2060 ', '\u3000', '\u180E'];

  for (const label of invisible) {
    it(`label ${JSON.stringify(label)}: the default label, and one warning`, async () => {
      let element!: SafeCommunitiesContact;
      const warnings = await captureWarnings(async () => {
        element = await renderContact(html`<sca-contact label=${label}></sca-contact>`);
        element.requestUpdate();
        await settle(element);
      });
      expect(text(one(element, '[part="button"]'))).to.equal('Contact your legislators');
      expect(warnings.filter((w) => w.includes('"label"'))).to.have.length(1);
    });
  }

  it('templates of only invisible characters: the default script, and one warning', async () => {
    let element!: SafeCommunitiesContact;
    const warnings = await captureWarnings(async () => {
      element = await renderContact(html`<sca-contact .templates=${{ ask: { call: '\u200B\u200B', voicemail: '\uFEFF' } }}></sca-contact>`);
      await openDialog(element);
      await findTown(element, 'Abington');
    });
    expect(text(all(element, '[part="script"]')[0]!)).to.match(/^Hello, my name is \[your name\]/);
    expect(warnings.filter((w) => w.includes('templates.ask.call'))).to.have.length(1);
  });

  it('in the JSON configuration too', () => {
    const { config, problems } = parseCampaignConfig({ label: '\u200B', intro: '\u00A0', organization: { name: '\uFEFF' } });
    expect(config).to.deep.equal({});
    expect(problems).to.have.length(3);
  });
});

describe('7. an endpoint answer must be a House and Senate pair the town really has', () => {
  it('Cambridge with 2nd Suffolk and Second Middlesex (both Cambridge districts, never together) is refused', async () => {
    expect(cambridge.candidates.house.map((d) => d.name)).to.include('2nd Suffolk');
    expect(cambridge.candidates.senate.map((d) => d.name)).to.include('Second Middlesex');
    const fetchStub = (async () => Response.json({ house: '2nd Suffolk', senate: 'Second Middlesex' })) as typeof fetch;
    const error = await lookupAddress('https://lookup.example/', '1 Main St', 'Cambridge', { fetch: fetchStub, expected: cambridge.pairs }).catch((e: unknown) => e);
    expect((error as EndpointError).reason).to.equal('invalid');
  });

  it('every real pair of the town is accepted', async () => {
    for (const pair of cambridge.pairs) {
      const fetchStub = (async () => Response.json({ house: pair.house.name, senate: pair.senate.name })) as typeof fetch;
      const got = await lookupAddress('https://lookup.example/', '1 Main St', 'Cambridge', { fetch: fetchStub, expected: cambridge.pairs });
      expect(got).to.deep.equal(pair);
    }
  });
});

describe('8. moving the element while its dialog is open', () => {
  it('closes the dialog and forgets the address; afterwards open() works as on a fresh element', async () => {
    const element = await renderContact(html`<sca-contact lookup-endpoint="https://lookup.example/"></sca-contact>`);
    await unsureInCambridge(element);
    await typeAddress(element, '10 Main Street');
    const other = await fixture<HTMLDivElement>(html`<div></div>`);
    other.append(element);
    await settle(element);
    const dialog = one(element, 'dialog') as HTMLDialogElement;
    expect(dialog.open).to.equal(false);
    expect(element.shadowRoot!.querySelector('#address')).to.equal(null, 'back at the first step');
    await element.open();
    await settle(element);
    expect(dialog.matches(':modal')).to.equal(true);
    expect(one(element, '#town')).to.exist;
    await sendKeys({ press: 'Escape' });
    await settle(element);
    expect(dialog.open).to.equal(false);
    one(element, '[part="button"]').click();
    await settle(element);
    expect(dialog.matches(':modal')).to.equal(true);
    await findTown(element, 'Cambridge');
    [...all(element, '.actions button')].find((button) => text(button) === 'I’m not sure')!.click();
    await settle(element);
    expect((one(element, '#address') as HTMLInputElement).value).to.equal('');
  });
});

describe('9. inserted values are isolated in every language', () => {
  it('a partner’s bidi override cannot reverse the call script', async () => {
    const element = await renderContact(html`<sca-contact organization=${'\u202EACME'} .templates=${{ ask: { call: 'This is [your name] from {organization} in {town}.' } }}></sca-contact>`);
    await openDialog(element);
    await findTown(element, 'Abington');
    const call = all(element, '[part="script"]')[0]!.textContent!;
    expect(call).not.to.match(/[\u202A-\u202E\u2066-\u2069]/);
    expect(call).to.contain('from ACME in Abington.');
  });

  it('English sentences isolate the names and the reader’s own words', async () => {
    const element = await renderContact();
    await openDialog(element);
    await findTown(element, 'Abington');
    expect(one(element, '.reason').textContent).to.contain(`${FSI}Abington${PDI} is in the ${FSI}7th Plymouth${PDI} House district`);
    const other = await renderContact();
    await openDialog(other);
    await findTown(other, '\u202Exyz');
    expect(one(other, '#town-error').textContent).to.contain(`${FSI}\u202Exyz${PDI}`);
  });
});

describe('10. the address is sent only by the button', () => {
  it('Enter in the address field moves to the button and sends nothing', async () => {
    const stub = stubFetch();
    try {
      const element = await renderContact(html`<sca-contact lookup-endpoint="https://lookup.example/"></sca-contact>`);
      await unsureInCambridge(element);
      const input = await typeAddress(element, '10 Main Street');
      input.focus();
      await sendKeys({ press: 'Enter' });
      await settle(element);
      expect(stub.calls).to.deep.equal([]);
      expect(element.shadowRoot!.activeElement).to.equal(one(element, '.address button[type="submit"]'));
      await sendKeys({ press: 'Enter' });
      await settle(element);
      expect(stub.calls).to.have.length(1);
    } finally {
      stub.restore();
    }
  });
});

describe('found in review: values that must not hide or break each other', () => {
  it('a billSession that cannot be turned into text, beside a bill number: results, and a warning naming it', async () => {
    let element!: SafeCommunitiesContact;
    const warnings = await captureWarnings(async () => {
      element = await renderContact(html`<sca-contact bill-house="H.2580" .billSession=${Object.create(null)}></sca-contact>`);
      await openDialog(element);
      await findTown(element, 'Abington');
    });
    expect(all(element, '[part="legislator"]')).to.have.length(2);
    expect(all(element, '[part="script"]')[0]!.textContent).not.to.contain('H.2580');
    expect(warnings.join('\n')).to.contain('bill-session (object) is not a General Court number');
  });

  it('<sca-campaign>: an invisible attribute does not hide the JSON value', async () => {
    const campaign = await fixture<HTMLElement & { updateComplete: Promise<boolean> }>(html`<sca-campaign bill-house=" " label=${'\u200B'}></sca-campaign>`);
    const script = document.createElement('script');
    script.type = 'application/json';
    script.textContent = JSON.stringify({ billHouse: 'H.2580', label: 'Act now', billSession: 194 });
    campaign.append(script);
    await new Promise((resolve) => setTimeout(resolve, 50));
    await campaign.updateComplete;
    const contact = campaign.shadowRoot!.querySelector('sca-contact')!;
    expect(contact.getAttribute('bill-house')).to.equal('H.2580');
    expect(contact.getAttribute('label')).to.equal('Act now');
  });
});

describe('11. the asks’ attributes and JSON keys (ask, amendment-house, amendment-senate, also-contact)', () => {
  it('hostile values: nothing breaks, each is named once, and the reader still gets their own legislators', async () => {
    const errors: string[] = [];
    const onError = (event: ErrorEvent) => errors.push(event.message);
    window.addEventListener('error', onError);
    let element!: SafeCommunitiesContact;
    try {
      const warnings = await captureWarnings(async () => {
        element = await renderContact(html`<sca-contact
          bill-session="194"
          ask=${'__proto__'}
          amendment-house=${'#\uD800' + '9'.repeat(1_000_000)}
          amendment-senate=${'<img src=x onerror=alert(1)>'}
          .alsoContact=${['constructor', 'committee:__proto__', 'member:<b>', 'governor', 42 as unknown as string, 'committee:J22'.repeat(200)]}
        ></sca-contact>`);
        await openDialog(element);
        await findTown(element, 'Abington');
      });
      expect(warnings.some((w) => w.includes('ask "__proto__" is not one of'))).to.equal(true);
      expect(warnings.some((w) => /amendment-house.*cut to/.test(w))).to.equal(true);
      const unknown = warnings.filter((w) => w.includes('also-contact'));
      expect(unknown, warnings.join('\n')).to.have.length(1);
      expect(unknown[0]).to.contain('"constructor"').and.to.contain('"committee:__proto__"').and.to.contain('"member:<b>"');
      const targets = all(element, '[part="legislator"]').map((card) => card.dataset.target);
      expect(targets).to.deep.equal(['own', 'own', 'governor']);
      // Markup from an attribute is text in the script, never an element.
      expect(element.shadowRoot!.querySelector('img')).to.equal(null);
      expect(errors).to.deep.equal([]);
    } finally {
      window.removeEventListener('error', onError);
    }
  });

  it('also-contact that is not text or a list is named, and ignored', async () => {
    const warnings = await captureWarnings(async () => {
      const element = await renderContact(html`<sca-contact .alsoContact=${{ speaker: true } as unknown as string[]}></sca-contact>`);
      await openDialog(element);
      await findTown(element, 'Abington');
      expect(all(element, '[part="legislator"]')).to.have.length(2);
    });
    expect(warnings.some((w) => w.includes('"alsoContact" must be an array'))).to.equal(true);
  });

  it('JSON keys: wrong types are named and left out; good values pass on to the contact flow', () => {
    const { config, problems } = parseCampaignConfig({ ask: 'steal', amendmentHouse: 1031, amendmentSenate: '  ', alsoContact: 'speaker' });
    expect(config).to.deep.equal({});
    expect(problems).to.have.length(4);
    expect(problems.join('\n')).to.contain('"ask" must be one of').and.to.contain('"alsoContact" must be an array');
    const good = parseCampaignConfig({ ask: 'report-out', amendmentHouse: '1031', alsoContact: ['committee:J22', ' governor '] });
    expect(good.problems).to.deep.equal([]);
    expect(good.config).to.deep.equal({ ask: 'report-out', amendmentHouse: '1031', alsoContact: ['committee:J22', 'governor'] });
  });
});
