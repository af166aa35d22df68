import { expect } from '@open-wc/testing';
import { readTownQuery, withoutStateAndZip } from '../../src/contact/town-query.js';

describe('readTownQuery', () => {
  const empty: Array<{ name: string; query: string }> = [
    { name: 'nothing typed', query: '' },
    { name: 'spaces', query: '   ' },
    { name: 'tabs and newlines', query: '\t\n ' },
  ];
  for (const c of empty) it(`empty: ${c.name}`, () => expect(readTownQuery(c.query)).to.deep.equal({ kind: 'empty' }));

  const found: Array<{ name: string; query: string; municipality: string; via: string | null }> = [
    { name: 'lower case', query: 'abington', municipality: 'Abington', via: null },
    { name: 'padded', query: '  Worcester ', municipality: 'Worcester', via: null },
    { name: 'all caps, no hyphens', query: 'MANCHESTER BY THE SEA', municipality: 'Manchester-by-the-Sea', via: null },
    { name: 'official hyphens', query: 'Manchester-by-the-Sea', municipality: 'Manchester-by-the-Sea', via: null },
    { name: 'accents', query: 'Wéstón', municipality: 'Weston', via: null },
    { name: 'punctuation and no space', query: 'new-bedford.', municipality: 'New Bedford', via: null },
    // Neither of these is the official spelling, but each means exactly one town.
    { name: '-boro spelling', query: 'Foxboro', municipality: 'Foxborough', via: null },
    { name: 'abbreviation', query: 'Mt. Washington', municipality: 'Mount Washington', via: null },
    { name: 'neighborhood', query: 'East Boston', municipality: 'Boston', via: 'East Boston' },
    { name: 'neighborhood, lower case', query: 'jamaica plain', municipality: 'Boston', via: 'Jamaica Plain' },
    { name: 'village', query: 'Hyannis', municipality: 'Barnstable', via: 'Hyannis' },
  ];
  for (const c of found) {
    it(`found: ${c.name} (${JSON.stringify(c.query)})`, () => {
      expect(readTownQuery(c.query)).to.deep.equal({ kind: 'found', municipality: c.municipality, via: c.via });
    });
  }

  const unknown: Array<{ name: string; query: string; first: string | null; includes?: string[] }> = [
    // Three towns have a Chestnut Hill: guessing one would send the reader to the wrong legislator.
    { name: 'neighborhood in three towns', query: 'Chestnut Hill', first: 'Boston', includes: ['Boston', 'Brookline', 'Newton'] },
    { name: 'misspelling', query: 'Cambrige', first: 'Cambridge' },
    { name: 'misspelling, more than one edit', query: 'Worchestr', first: 'Worcester' },
    { name: 'misspelt neighborhood', query: 'Dorchestr', first: 'Boston' },
    // Still typing: not a town yet, but the suggestion says where it is going.
    { name: 'an unfinished name', query: 'Marbleh', first: 'Marblehead' },
    { name: 'outside Massachusetts', query: 'Providence', first: null },
    { name: 'too short to guess', query: 'Bo', first: null },
    { name: 'nonsense', query: 'Xyzzyplugh', first: null },
    { name: 'punctuation only', query: '.,-', first: null },
  ];
  for (const c of unknown) {
    it(`unknown: ${c.name} (${JSON.stringify(c.query)})`, () => {
      const reading = readTownQuery(c.query);
      if (reading.kind !== 'unknown') throw new Error(`expected unknown, got ${JSON.stringify(reading)}`);
      expect(reading.query).to.equal(c.query.trim());
      expect(reading.suggestions[0]?.municipality ?? null, JSON.stringify(reading.suggestions)).to.equal(c.first);
      if (c.first === null) expect(reading.suggestions).to.deep.equal([]);
      if (c.includes) expect(reading.suggestions.map((s) => s.municipality)).to.include.members(c.includes);
    });
  }

  it('the shared neighborhood is offered as itself in each town, at distance 0', () => {
    const reading = readTownQuery('chestnut hill');
    if (reading.kind !== 'unknown') throw new Error(JSON.stringify(reading));
    const chestnut = reading.suggestions.filter((s) => ['Boston', 'Brookline', 'Newton'].includes(s.municipality));
    expect(chestnut).to.have.length(3);
    for (const s of chestnut) expect([s.label, s.via, s.distance]).to.deep.equal(['Chestnut Hill', 'Chestnut Hill', 0]);
  });

  it('never suggests the same municipality twice', () => {
    for (const query of ['Chestnut Hill', 'Cambrige', 'Dorchestr', 'Newton Centr', 'Springfeld']) {
      const reading = readTownQuery(query);
      if (reading.kind !== 'unknown') continue;
      const names = reading.suggestions.map((s) => s.municipality);
      expect(names, query).to.deep.equal([...new Set(names)]);
    }
  });

  it('keeps the query as typed (trimmed), for "no town called …" messages', () => {
    const reading = readTownQuery('  Providence  ');
    expect(reading).to.deep.equal({ kind: 'unknown', query: 'Providence', suggestions: [] });
  });
});

describe('withoutStateAndZip', () => {
  const cases: Array<[string, string]> = [
    ['Boston, MA', 'Boston'],
    ['Boston MA', 'Boston'],
    ['Cambridge, Massachusetts', 'Cambridge'],
    ['Cambridge, Mass. 02139', 'Cambridge'],
    ['Worcester MA 01608-1234', 'Worcester'],
    ['Springfield 01103', 'Springfield'],
    ['MA', 'MA'],
    ['Amherst', 'Amherst'],
    ['Manchester-by-the-Sea', 'Manchester-by-the-Sea'],
  ];
  for (const [input, expected] of cases) {
    it(`${JSON.stringify(input)} → ${JSON.stringify(expected)}`, () => expect(withoutStateAndZip(input)).to.equal(expected));
  }

  it('lets "Boston, MA" find Boston', () => {
    expect(readTownQuery('Boston, MA')).to.deep.equal({ kind: 'found', municipality: 'Boston', via: null });
  });
});
