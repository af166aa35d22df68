import { expect } from '@open-wc/testing';
import { parseCampaignConfig, readJsonConfig, safeLink } from '../../src/content/config.js';

describe('parseCampaignConfig', () => {
  it('keeps every valid key', () => {
    const raw = {
      intro: ' Our intro ',
      provisions: [{ number: 1, title: 'T' }],
      templates: { ask: { call: 'Call {title} {lastName}' }, thank: { emailSubject: 'Thanks' } },
      organization: { name: 'MVIA', url: 'https://example.org' },
      billHouse: 'H.2580',
      billSenate: 'S.1681',
      billSession: 194,
      cosponsors: ['ALS1', ' L M0 '],
      label: 'Act now',
    };
    const { config, problems } = parseCampaignConfig(raw);
    expect(problems).to.deep.equal([]);
    expect(config).to.deep.equal({ ...raw, intro: 'Our intro', cosponsors: ['ALS1', 'L M0'] });
  });

  const cases: Array<{ name: string; raw: unknown; problem: RegExp; kept: object }> = [
    { name: 'an unknown key', raw: { colour: 'red', label: 'Go' }, problem: /"colour" is not a known key/, kept: { label: 'Go' } },
    { name: 'a number where text belongs', raw: { billHouse: 2580 }, problem: /"billHouse" must be non-empty text/, kept: {} },
    { name: 'empty text', raw: { intro: '  ' }, problem: /"intro" must be non-empty text/, kept: {} },
    { name: 'cosponsors as a string', raw: { cosponsors: 'ALS1' }, problem: /"cosponsors" must be an array/, kept: {} },
    { name: 'provisions as an object', raw: { provisions: { number: 1 } }, problem: /"provisions" must be an array/, kept: {} },
    {
      name: 'a javascript: organization link',
      raw: { organization: { name: 'Org', url: 'javascript:alert(1)' } },
      problem: /"organization.url" must be an http or https address/,
      kept: { organization: { name: 'Org' } },
    },
    {
      name: 'an unknown organization key',
      raw: { organization: { name: 'Org', logo: 'x.png' } },
      problem: /"organization.logo" is not a known key/,
      kept: { organization: { name: 'Org' } },
    },
    { name: 'an unknown stance', raw: { templates: { beg: { call: 'x' } } }, problem: /"templates.beg" is not a known stance/, kept: { templates: {} } },
    {
      name: 'an unknown template field',
      raw: { templates: { ask: { sms: 'x', call: 'ok' } } },
      problem: /"templates.ask.sms" is not a known template/,
      kept: { templates: { ask: { call: 'ok' } } },
    },
    { name: 'a non-object', raw: ['label'], problem: /must be a JSON object/, kept: {} },
    { name: 'a session as text of its number (kept, as a number)', raw: { billSession: ' 195 ', billHouse: 'x', nope: 1 }, problem: /"nope" is not a known key/, kept: { billSession: 195, billHouse: 'x' } },
    ...['next', '', 19, 1940, 194.5, -194, '0x0c2', '194th', null, [194], { number: 194 }, '\u0661\u0669\u0664', '__proto__'].map((billSession) => ({
      name: `billSession ${JSON.stringify(billSession)}`,
      raw: { billSession },
      problem: /"billSession" must be a General Court number, like 194/,
      kept: {},
    })),
    {
      name: 'a misspelt placeholder (kept, so the reader sees it, but named)',
      raw: { templates: { ask: { call: 'I live in {twon}, please ask {title} {lastName}' } } },
      problem: /"templates.ask.call" uses unknown placeholders \{twon\}/,
      kept: { templates: { ask: { call: 'I live in {twon}, please ask {title} {lastName}' } } },
    },
  ];
  for (const { name, raw, problem, kept } of cases) {
    it(`reports ${name} and keeps the rest`, () => {
      const { config, problems } = parseCampaignConfig(raw);
      expect(problems).to.have.length(1);
      expect(problems[0]).to.match(problem);
      expect(config).to.deep.equal(kept);
    });
  }
});

describe('readJsonConfig', () => {
  it('reports invalid JSON instead of throwing', () => {
    const { config, problems } = readJsonConfig('{ "label": ');
    expect(config).to.deep.equal({});
    expect(problems[0]).to.match(/cannot be read/);
  });
  it('treats no script as no configuration', () => {
    expect(readJsonConfig(null)).to.deep.equal({ config: {}, problems: [] });
  });
});

describe('safeLink', () => {
  const cases: Array<[unknown, string | null]> = [
    ['https://example.org/x', 'https://example.org/x'],
    ['http://example.org', 'http://example.org'],
    ['/report', '/report'],
    ['javascript:alert(1)', null],
    [' JAVASCRIPT:alert(1)', null],
    ['data:text/html,<script>', null],
    ['', null],
    [42, null],
  ];
  for (const [input, expected] of cases) {
    it(`${JSON.stringify(input)} → ${JSON.stringify(expected)}`, () => expect(safeLink(input)).to.equal(expected));
  }
});
