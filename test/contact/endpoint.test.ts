// Runs against the mock partner endpoint that web-test-runner serves (scripts/lib/mock-lookup.mjs).
import { expect } from '@open-wc/testing';
import { EndpointError, resolveEndpoint, lookupAddress, parseDistricts, type EndpointFailure } from '../../src/contact/endpoint.js';
import { findDistrictByName, resolveTown } from '../../src/lookup/index.js';

const MOCK = '/__mock/lookup';

interface LastRequest {
  method: string;
  contentType: string | null;
  cookie: string | null;
  referer: string | null;
  body: unknown;
}

async function lastRequest(): Promise<LastRequest> {
  const response = await fetch(`${MOCK}/last-request`, { cache: 'no-store' });
  return (await response.json()) as LastRequest;
}

/** The EndpointError a call rejects with; fails the test if it resolves or throws anything else. */
async function failureOf(call: Promise<unknown>): Promise<EndpointError> {
  try {
    const value = await call;
    throw new Error(`expected an EndpointError, got ${JSON.stringify(value)}`);
  } catch (error) {
    if (!(error instanceof EndpointError)) throw error;
    return error;
  }
}

describe('lookupAddress against the mock endpoint', () => {
  it('ok: resolves both districts with their members', async () => {
    const pair = await lookupAddress(`${MOCK}/ok`, '1 Main St', 'Cambridge');
    expect(pair.house.chamber).to.equal('house');
    expect(pair.house.name).to.equal('2nd Suffolk');
    expect(pair.senate.chamber).to.equal('senate');
    expect(pair.senate.name).to.equal('Middlesex and Suffolk');
    // The same objects the offline lookup hands out, so the rest of the flow needs no special case.
    expect(pair.house).to.equal(findDistrictByName('2nd Suffolk', 'house'));
    expect(pair.house.member?.name).to.be.a('string').and.not.equal('');
    expect(pair.senate.member?.name).to.be.a('string').and.not.equal('');
  });

  it('spelled: district names in words resolve too', async () => {
    const pair = await lookupAddress(`${MOCK}/spelled`, '1 Main St', 'Cambridge');
    expect(pair.house.name).to.equal('25th Middlesex');
    expect(pair.senate.name).to.equal('Second Middlesex');
  });

  const failures: Array<{ mode: string; reason: EndpointFailure; timeoutMs?: number }> = [
    { mode: 'http-error', reason: 'http' },
    { mode: 'garbage', reason: 'invalid' },
    { mode: 'unknown-district', reason: 'invalid' },
    { mode: 'not-json', reason: 'invalid' },
    // The mock answers after 3 s; a short timeout keeps the test quick.
    { mode: 'slow', reason: 'timeout', timeoutMs: 300 },
  ];
  for (const c of failures) {
    it(`${c.mode}: EndpointError "${c.reason}"`, async () => {
      const started = performance.now();
      const error = await failureOf(lookupAddress(`${MOCK}/${c.mode}`, '1 Main St', 'Cambridge', { timeoutMs: c.timeoutMs }));
      expect(error.reason).to.equal(c.reason);
      expect(error).to.be.instanceOf(Error);
      expect(error.message).to.include(c.reason);
      if (c.timeoutMs !== undefined) expect(performance.now() - started).to.be.below(2000);
    });
  }

  it('unknown-district names the district it could not find', async () => {
    const error = await failureOf(lookupAddress(`${MOCK}/unknown-district`, '1 Main St', 'Cambridge'));
    expect(error.message).to.include('99th Atlantis');
  });

  it('an unreachable endpoint: EndpointError "network"', async () => {
    const error = await failureOf(lookupAddress('http://127.0.0.1:9/x', '1 Main St', 'Cambridge', { timeoutMs: 5000 }));
    expect(error.reason).to.equal('network');
  });

  it('refuses to follow a redirect, which would re-send the address elsewhere', async () => {
    const error = await failureOf(lookupAddress(`${MOCK}/redirect`, '1 Main St', 'Cambridge'));
    expect(error.reason).to.equal('network');
  });

  it('rejects districts that are not the town’s, with the expected candidates given', async () => {
    const cambridge = resolveTown('Cambridge');
    if (cambridge?.kind !== 'split') throw new Error('Cambridge is split in the data');
    const error = await failureOf(lookupAddress(`${MOCK}/elsewhere`, '1 Main St', 'Cambridge', { expected: cambridge.pairs }));
    expect(error.reason).to.equal('invalid');
    expect(error.message).to.include('7th Plymouth');
    const pair = await lookupAddress(`${MOCK}/ok`, '1 Main St', 'Cambridge', { expected: cambridge.pairs });
    expect(pair.house.name).to.equal('2nd Suffolk');
  });

  it('stops when the caller aborts', async () => {
    const controller = new AbortController();
    const pending = failureOf(lookupAddress(`${MOCK}/slow`, '1 Main St', 'Cambridge', { signal: controller.signal }));
    setTimeout(() => controller.abort(), 50);
    const started = performance.now();
    await pending;
    expect(performance.now() - started).to.be.below(2000);
  });

  describe('resolveEndpoint (allowed or not)', () => {
    const isAllowedEndpoint = (endpoint: string, base: string) => resolveEndpoint(endpoint, base) !== null;
    const cases: Array<[string, boolean]> = [
      ['https://lookup.example.org/districts', true],
      ['/__mock/lookup/ok', true],
      ['http://localhost:8080/x', true],
      ['http://127.0.0.1/x', true],
      ['http://lookup.example.org/districts', false],
      ['javascript:alert(1)', false],
      ['ftp://example.org/x', false],
    ];
    for (const [endpoint, allowed] of cases) {
      it(`${endpoint} → ${allowed}`, () => expect(isAllowedEndpoint(endpoint, 'https://partner.example/')).to.equal(allowed));
    }
    it('a relative endpoint on an http page is not allowed', () => {
      expect(isAllowedEndpoint('/lookup', 'http://partner.example/')).to.equal(false);
    });
  });

  it('a fetch that rejects (offline) is a network failure', async () => {
    const fetchThatFails = (() => Promise.reject(new TypeError('offline'))) as typeof fetch;
    const error = await failureOf(lookupAddress(`${MOCK}/ok`, 'a', 'b', { fetch: fetchThatFails }));
    expect(error.reason).to.equal('network');
  });

  describe('what is sent', () => {
    const COOKIE = 'sca_probe=secret';

    beforeEach(() => {
      document.cookie = `${COOKIE}; path=/`;
    });
    // Other test files share this origin's cookie jar.
    afterEach(() => {
      document.cookie = 'sca_probe=; path=/; expires=Thu, 01 Jan 1970 00:00:00 GMT';
      expect(document.cookie).not.to.include('sca_probe');
    });

    it('the probe cookie and referrer would be sent by a plain fetch (so the checks below mean something)', async () => {
      await fetch(`${MOCK}/ok`, { method: 'POST', body: '{}', headers: { 'content-type': 'application/json' } });
      const seen = await lastRequest();
      expect(seen.cookie ?? '').to.include(COOKIE);
      expect(seen.referer).to.be.a('string').and.not.equal('');
    });

    it('POST, JSON {address, town}, no cookie, no referrer', async () => {
      await lookupAddress(`${MOCK}/ok`, '12 Elm St, Apt 3', 'Somerville');
      const seen = await lastRequest();
      expect(seen.method).to.equal('POST');
      expect(seen.contentType).to.match(/^application\/json\b/);
      expect(seen.body).to.deep.equal({ address: '12 Elm St, Apt 3', town: 'Somerville' });
      expect(seen.cookie).to.equal(null);
      expect(seen.referer).to.equal(null);
    });

    it('text that looks like JSON or markup is sent as plain strings', async () => {
      const address = '"}, "town": "x" <script>&amp;';
      await lookupAddress(`${MOCK}/ok`, address, 'Boston');
      expect((await lastRequest()).body).to.deep.equal({ address, town: 'Boston' });
    });
  });
});

describe('parseDistricts', () => {
  const good: Array<{ name: string; body: unknown; house: string; senate: string }> = [
    { name: 'numerals and words', body: { house: '2nd Suffolk', senate: 'Second Middlesex' }, house: '2nd Suffolk', senate: 'Second Middlesex' },
    { name: 'words for the House', body: { house: 'Twenty-Fifth Middlesex', senate: 'Second Middlesex' }, house: '25th Middlesex', senate: 'Second Middlesex' },
    { name: 'numerals for the Senate', body: { house: '7th Plymouth', senate: '2nd Middlesex' }, house: '7th Plymouth', senate: 'Second Middlesex' },
    { name: '"District" suffix and "&"', body: { house: '7th Plymouth District', senate: 'Norfolk & Plymouth' }, house: '7th Plymouth', senate: 'Norfolk and Plymouth' },
    { name: 'extra fields are ignored', body: { house: '2nd Suffolk', senate: 'Second Middlesex', extra: [1, 2] }, house: '2nd Suffolk', senate: 'Second Middlesex' },
    // Shared names ("First Essex" is in both chambers) are read in the chamber of their field.
    { name: 'a name in both chambers', body: { house: 'First Essex', senate: 'First Essex' }, house: '1st Essex', senate: 'First Essex' },
  ];
  for (const c of good) {
    it(`reads ${c.name}`, () => {
      const pair = parseDistricts(c.body);
      expect([pair.house.chamber, pair.house.name]).to.deep.equal(['house', c.house]);
      expect([pair.senate.chamber, pair.senate.name]).to.deep.equal(['senate', c.senate]);
    });
  }

  const hostile: Array<{ name: string; body: unknown }> = [
    { name: 'null', body: null },
    { name: 'undefined', body: undefined },
    { name: 'a number', body: 42 },
    { name: 'a string', body: '2nd Suffolk' },
    { name: 'a boolean', body: true },
    { name: 'an empty array', body: [] },
    { name: 'an array of names', body: ['2nd Suffolk', 'Second Middlesex'] },
    { name: 'an empty object', body: {} },
    { name: 'house only', body: { house: '2nd Suffolk' } },
    { name: 'senate only', body: { senate: 'Second Middlesex' } },
    { name: 'numbers for names', body: { house: 2, senate: 2 } },
    { name: 'null names', body: { house: null, senate: null } },
    { name: 'nested objects', body: { house: { name: '2nd Suffolk' }, senate: { name: 'Second Middlesex' } } },
    { name: 'arrays for names', body: { house: ['2nd Suffolk'], senate: ['Second Middlesex'] } },
    { name: 'empty names', body: { house: '', senate: '' } },
    { name: 'an unknown House district', body: { house: '99th Atlantis', senate: 'Second Middlesex' } },
    { name: 'an unknown Senate district', body: { house: '2nd Suffolk', senate: 'Atlantis' } },
    { name: 'beyond the last seat', body: { house: '38th Middlesex', senate: 'Second Middlesex' } },
    { name: 'a vacant-looking but unknown name', body: { house: 'Vacant', senate: 'Vacant' } },
    // Names that exist only in the other chamber must not be matched across.
    { name: 'a Senate-only name as House', body: { house: 'Cape and Islands', senate: 'Cape and Islands' } },
    { name: 'a House-only name as Senate', body: { house: '7th Plymouth', senate: '7th Plymouth' } },
    { name: 'inherited property names', body: { house: 'toString', senate: '__proto__' } },
    { name: 'a parsed JSON __proto__ key', body: JSON.parse('{"__proto__": {"house": "2nd Suffolk", "senate": "Second Middlesex"}}') },
  ];
  for (const c of hostile) {
    it(`rejects ${c.name} as invalid`, () => {
      let caught: unknown;
      try {
        parseDistricts(c.body);
      } catch (error) {
        caught = error;
      }
      expect(caught).to.be.instanceOf(EndpointError);
      expect((caught as EndpointError).reason).to.equal('invalid');
    });
  }
});
