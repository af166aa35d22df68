// The hostile-input run, as a function that runs inside the page (it is sent there as source, so
// it must not close over anything): every public attribute, property and JSON key of the three
// elements, and the reader's own inputs, with seeded hostile values. For each case it builds a
// fresh element, walks the reader's path (open the dialog, find a town) and checks that nothing
// threw, nothing is blank and no payload ran. The caller checks the page's requests.
//
// Every public attribute or JSON key that a later change adds belongs in TARGETS below.

/**
 * @param {{ seed: number, sample: number | null, longLength: number }} options sample: how many
 *   cases to draw (seeded); null runs them all.
 */
export async function runHostileInputs({ seed, sample, longLength }) {
  let state = seed >>> 0 || 1;
  const harnessPolicy = window.trustedTypes?.createPolicy('hostile-harness', { createScript: (text) => text });
  const random = () => ((state = (Math.imul(state, 1664525) + 1013904223) >>> 0) / 2 ** 32);

  const pwn = 'window.__pwned=1';
  const texts = [
    '', ' ', '\t\n', '\u00A0\u00A0', '\u200B', '\uFEFF', '\u0000', ' \u200B\u00A0\uFEFF\u2060 ', '\u3000', '\u180E',
    'x'.repeat(2_001), 'H.'.repeat(longLength / 2), ' ,'.repeat(longLength / 2), 'Boston' + ' '.repeat(longLength),
    '\uD800', '\uDFFF', 'x\uD83D', '\uDE00y', 'H.2580\uD800',
    '\u202EACME', '\u202Bx\u202C', '\u2066\u2067\u2068', 'abc\u2069', '\u061C\u200F',
    `<img src=x onerror="${pwn}">`, `<script>${pwn}</script>`, `"><svg onload="${pwn}">`, `{title}{bill}{__proto__}{constructor}`, '${x}',
    'javascript:window.__pwned=1', 'data:text/html,<b>x</b>', 'https://evil.example/x', 'http://evil.example/x', '//evil.example/x', 'lookup', ' ', '../../x',
    '__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf', 'isPrototypeOf',
    'Boston', 'H.2580', '194', '195', '0', '-1', '1e3', '١٩٤', 'ALS1', 'ALS1,,NOPE9, ', 'light', 'dark', 'auto', 'house', 'senate', 'cards', 'accordion', 'ar', 'zh-TW', 'xx-Latn', 'en es pt-BR', 'km kea', 'es,,ZH-HANT', 'en x-klingon',
  ];
  const thrower = { toString() { throw new Error('toString'); }, valueOf() { throw new Error('valueOf'); } };
  const values = [
    ...texts,
    0, -1, 1.5, NaN, Infinity, 194, 7, true, false, null, undefined,
    {}, [], [null], ['ALS1', 5], { __proto__: null }, thrower, Symbol('s'), () => pwn,
    JSON.parse('{"__proto__": {"polluted": 1}, "constructor": {"prototype": {"polluted": 1}}}'),
  ];
  const jsonValues = values.filter((v) => typeof v !== 'symbol' && typeof v !== 'function' && v !== thrower && v !== undefined);
  const describe = (v) => {
    if (typeof v === 'string') return JSON.stringify(v.length > 40 ? `${v.slice(0, 40)}… (${v.length})` : v);
    if (typeof v === 'symbol' || typeof v === 'function') return typeof v;
    if (v === thrower) return 'object whose toString throws';
    try {
      return JSON.stringify(v) ?? String(v);
    } catch {
      return String(typeof v);
    }
  };

  const contactAttributes = ['label', 'chamber', 'bill-house', 'bill-senate', 'bill-session', 'cosponsors', 'organization', 'report-url', 'lookup-endpoint', 'theme', 'language-picker', 'languages', 'lang'];
  const contactProperties = ['label', 'chamber', 'billHouse', 'billSenate', 'billSession', 'cosponsors', 'organization', 'reportUrl', 'lookupEndpoint', 'theme', 'languagePicker', 'languages', 'templates'];
  const explainerAttributes = ['layout', 'theme', 'heading-level', 'hide-faq', 'language-picker', 'languages', 'intro', 'lang'];
  const explainerProperties = ['layout', 'theme', 'headingLevel', 'hideFaq', 'languages', 'intro', 'provisions'];
  const campaignAttributes = [...new Set([...contactAttributes, ...explainerAttributes, 'organization-url'])];
  const campaignProperties = [...new Set([...contactProperties.filter((p) => p !== 'templates'), ...explainerProperties.filter((p) => p !== 'provisions'), 'organizationUrl', 'config'])];
  const jsonKeys = ['intro', 'provisions', 'templates', 'organization', 'billHouse', 'billSenate', 'billSession', 'cosponsors', 'label', 'languages', '__proto__', 'constructor', 'toString', 'hasOwnProperty'];
  const nested = [
    ['templates', (v) => ({ ask: { call: v, voicemail: v, emailSubject: v, emailBody: v } })],
    ['templates.thank', (v) => ({ thank: { emailBody: v }, [String(typeof v === 'string' ? v : 'x')]: { call: v } })],
    ['provisions', (v) => [{ number: 1, title: v, what: v, why: v }, { number: v }, v]],
    ['organization', (v) => ({ name: v, url: v })],
  ];

  /** Each case: [what it sets, a function that builds the element]. */
  const cases = [];
  const add = (label, build) => cases.push([label, build]);
  for (const v of values) {
    const stringy = typeof v === 'string';
    for (const name of contactAttributes) if (stringy) add(`<sca-contact ${name}=${describe(v)}>`, () => attr('sca-contact', name, v));
    for (const name of explainerAttributes) if (stringy) add(`<sca-explainer ${name}=${describe(v)}>`, () => attr('sca-explainer', name, v));
    for (const name of campaignAttributes) if (stringy) add(`<sca-campaign ${name}=${describe(v)}>`, () => attr('sca-campaign', name, v));
    for (const name of contactProperties) add(`sca-contact.${name} = ${describe(v)}`, () => prop('sca-contact', name, v));
    // With bill numbers and a co-sponsor set too: some checks only run when those are given.
    for (const name of contactProperties) {
      add(`<sca-contact bill-house cosponsors>.${name} = ${describe(v)}`, () => {
        const built = attr('sca-contact', 'bill-house', 'H.2580');
        built.element.setAttribute('cosponsors', 'ALS1');
        built.element[name] = v;
        return built;
      });
    }
    for (const name of explainerProperties) add(`sca-explainer.${name} = ${describe(v)}`, () => prop('sca-explainer', name, v));
    for (const name of campaignProperties) add(`sca-campaign.${name} = ${describe(v)}`, () => prop('sca-campaign', name, v));
    for (const [name, shape] of nested) {
      add(`sca-contact.templates via ${name} = ${describe(v)}`, () => prop('sca-contact', 'templates', shape(v)));
      add(`sca-explainer.provisions via ${name} = ${describe(v)}`, () => prop('sca-explainer', 'provisions', shape(v)));
      add(`sca-campaign.config.${name} = ${describe(v)}`, () => prop('sca-campaign', 'config', { [name.split('.')[0]]: shape(v) }));
    }
    for (const key of jsonKeys) add(`sca-campaign.config.${key} = ${describe(v)}`, () => prop('sca-campaign', 'config', Object.defineProperty({}, key, { value: v, enumerable: true })));
    if (stringy) {
      add(`<sca-provision number title why> = ${describe(v)}`, () => provisionChild(v));
      add(`town typed = ${describe(v)}`, () => ({ element: document.createElement('sca-contact'), town: v }));
      add(`address typed = ${describe(v)}`, () => ({ element: attr('sca-contact', 'lookup-endpoint', 'https://lookup.invalid/').element, town: 'Cambridge', address: v }));
    }
  }
  for (const v of jsonValues) {
    for (const key of jsonKeys) add(`JSON {"${key}": ${describe(v)}}`, () => jsonChild(`{${JSON.stringify(key)}: ${JSON.stringify(v)}}`));
    for (const [name, shape] of nested) add(`JSON ${name} = ${describe(v)}`, () => jsonChild(JSON.stringify({ [name.split('.')[0]]: shape(v) })));
    if (typeof v === 'string') add(`JSON text ${describe(v)}`, () => jsonChild(v));
  }

  function attr(tag, name, value) {
    const element = document.createElement(tag);
    element.setAttribute(name, value);
    return { element };
  }
  function prop(tag, name, value) {
    const element = document.createElement(tag);
    element[name] = value;
    return { element };
  }
  function provisionChild(value) {
    const element = document.createElement('sca-explainer');
    const child = document.createElement('sca-provision');
    for (const name of ['number', 'title', 'why']) child.setAttribute(name, value);
    child.textContent = value;
    element.append(child);
    return { element };
  }
  function jsonChild(text) {
    const element = document.createElement('sca-campaign');
    const script = document.createElement('script');
    script.type = 'application/json';
    // The page enforces Trusted Types, so the harness writes script text through its own policy
    // (a partner's JSON comes from the page's HTML, which Trusted Types does not check).
    script.text = harnessPolicy ? harnessPolicy.createScript(text) : text;
    element.append(script);
    return { element };
  }

  let chosen = cases;
  if (sample !== null && sample < cases.length) {
    chosen = [...cases];
    for (let i = chosen.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [chosen[i], chosen[j]] = [chosen[j], chosen[i]];
    }
    chosen = chosen.slice(0, sample);
  }

  const frame = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
  const settle = async (element) => {
    for (let i = 0; i < 3; i++) {
      await element.updateComplete;
      await frame();
    }
  };
  const visible = (node) => (node?.textContent ?? '').replace(/[\s\u200B-\u200F\u2066-\u2069\uFEFF]/g, '') !== '';

  const errors = [];
  const onError = (event) => errors.push(String(event.error ?? event.message ?? event.reason));
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onError);
  const warn = console.warn;
  console.warn = () => {};
  const failures = [];
  const host = document.createElement('div');
  document.body.append(host);
  try {
    for (const [label, build] of chosen) {
      errors.length = 0;
      const problems = [];
      let built;
      try {
        built = build();
        host.append(built.element);
        await settle(built.element);
        const el = built.element;
        const explainer = el.localName === 'sca-explainer' ? el : el.shadowRoot?.querySelector('sca-explainer');
        const contact = el.localName === 'sca-contact' ? el : el.shadowRoot?.querySelector('sca-contact');
        if (explainer) {
          await settle(explainer);
          const root = explainer.shadowRoot;
          if (!visible(root?.querySelector('[part~="title"]'))) problems.push('explainer has no title');
          if (root?.querySelectorAll('[part~="provision-title"]').length !== 3) problems.push('explainer does not show three provisions');
          for (const title of root?.querySelectorAll('[part~="provision-title"]') ?? []) if (!visible(title)) problems.push('a provision title is blank');
        }
        if (contact) {
          await settle(contact);
          const root = contact.shadowRoot;
          if (!visible(root?.querySelector('[part="button"]'))) problems.push('contact button has no visible name');
          await contact.open();
          await settle(contact);
          const town = root.querySelector('#town');
          town.value = built.town ?? 'Abington';
          town.dispatchEvent(new Event('input', { bubbles: true }));
          town.closest('form').requestSubmit();
          await settle(contact);
          if (built.address !== undefined) {
            [...root.querySelectorAll('.actions button')].find((b) => b.textContent.trim() === 'I’m not sure')?.click();
            await settle(contact);
            const address = root.querySelector('#address');
            if (!address) problems.push('no address field with a valid endpoint');
            else {
              address.value = built.address;
              address.dispatchEvent(new Event('input', { bubbles: true }));
              address.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, composed: true, cancelable: true }));
              await settle(contact);
            }
          } else if (built.town === undefined) {
            if (root.querySelectorAll('[part="legislator"]').length < 1) problems.push('no legislator card after finding Abington');
            for (const card of root.querySelectorAll('[part="legislator"]')) if (!visible(card.querySelector('h4'))) problems.push('a card has no name');
          } else if (!visible(root.querySelector('.step')) && !visible(root.querySelector('#town-error'))) problems.push('no step and no message after typing a town');
          contact.close();
        }
      } catch (error) {
        problems.push(`threw: ${error}`);
      }
      built?.element.remove();
      await frame();
      if (errors.length) problems.push(`uncaught: ${errors.slice(0, 2).join(' | ')}`);
      if (window.__pwned) problems.push('a payload ran');
      if (Object.prototype.polluted !== undefined) problems.push('Object.prototype was polluted');
      if (problems.length) failures.push({ label, problems: [...new Set(problems)] });
    }
  } finally {
    console.warn = warn;
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onError);
    host.remove();
  }
  return { total: cases.length, tried: chosen.length, failures };
}
