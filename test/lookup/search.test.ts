import { expect } from '@open-wc/testing';
import { searchTowns, suggestTowns, editDistance } from '../../src/lookup/index.js';

const top = (q: string) => searchTowns(q)[0] ?? null;

describe('searchTowns', () => {
  const firsts: Array<{ name: string; query: string; municipality: string; via?: string | null; rank?: string }> = [
    { name: 'exact name', query: 'Cambridge', municipality: 'Cambridge', via: null, rank: 'exact' },
    { name: 'upper case', query: 'WORCESTER', municipality: 'Worcester', rank: 'exact' },
    { name: 'prefix while typing', query: 'cambr', municipality: 'Cambridge', rank: 'prefix' },
    { name: 'surrounding whitespace', query: '   Salem  ', municipality: 'Salem', rank: 'exact' },
    { name: 'missing space', query: 'newbedford', municipality: 'New Bedford', rank: 'exact' },
    { name: 'extra spaces', query: 'new    bedford', municipality: 'New Bedford', rank: 'exact' },
    { name: 'hyphens optional', query: 'manchester by the sea', municipality: 'Manchester-by-the-Sea', rank: 'exact' },
    { name: 'punctuation ignored', query: 'Manchester-by-the-Sea!', municipality: 'Manchester-by-the-Sea', rank: 'exact' },
    { name: 'accents ignored', query: 'Wéstón', municipality: 'Weston', rank: 'exact' },
    { name: '"Mt." for Mount', query: 'Mt. Washington', municipality: 'Mount Washington', rank: 'exact' },
    { name: '"Mt" without the dot', query: 'mt washington', municipality: 'Mount Washington', rank: 'exact' },
    { name: '"N." for North', query: 'N. Andover', municipality: 'North Andover', rank: 'exact' },
    { name: '-boro for -borough', query: 'Foxboro', municipality: 'Foxborough', rank: 'exact' },
    { name: '-borough for -boro', query: 'Attleborough', municipality: 'Attleboro', rank: 'exact' },
    { name: 'neighborhood: East Boston', query: 'East Boston', municipality: 'Boston', via: 'East Boston', rank: 'exact' },
    { name: 'neighborhood: lower case Jamaica Plain', query: 'jamaica plain', municipality: 'Boston', via: 'Jamaica Plain', rank: 'exact' },
    { name: 'village: Hyannis', query: 'Hyannis', municipality: 'Barnstable', via: 'Hyannis' },
    { name: 'village prefix: Hyan', query: 'hyan', municipality: 'Barnstable', via: 'Hyannis', rank: 'prefix' },
    { name: 'village: Woods Hole', query: 'woods hole', municipality: 'Falmouth', via: 'Woods Hole' },
    { name: '"Centre" or "Center"', query: 'Newton Center', municipality: 'Newton', via: 'Newton Centre' },
    { name: 'municipality beats its neighborhoods', query: 'Boston', municipality: 'Boston', via: null, rank: 'exact' },
    { name: 'later word of the name', query: 'bedford', municipality: 'Bedford', rank: 'exact' },
  ];
  for (const c of firsts) {
    it(c.name, () => {
      const m = top(c.query);
      expect(m?.municipality, c.query).to.equal(c.municipality);
      if (c.via !== undefined) expect(m?.via).to.equal(c.via);
      if (c.rank !== undefined) expect(m?.rank).to.equal(c.rank);
    });
  }

  const none: Array<{ name: string; query: string }> = [
    { name: 'empty query', query: '' },
    { name: 'whitespace only', query: '   ' },
    { name: 'punctuation only', query: '.,-' },
    { name: 'a place outside Massachusetts', query: 'Providence' },
    { name: 'another state', query: 'Nashua' },
  ];
  for (const c of none) it(`no matches: ${c.name}`, () => expect(searchTowns(c.query)).to.deep.equal([]));

  it('ranks prefix matches above word and substring matches', () => {
    const ranks = searchTowns('bed', 20).map((m) => m.rank);
    const order = ['exact', 'prefix', 'word', 'substring'];
    expect(ranks.map((r) => order.indexOf(r))).to.deep.equal([...ranks.map((r) => order.indexOf(r))].sort((a, b) => a - b));
    expect(searchTowns('bed', 20).map((m) => m.municipality)).to.include.members(['Bedford', 'New Bedford']);
    expect(searchTowns('bed')[0]?.municipality).to.equal('Bedford');
  });

  it('"st" typed alone still finds towns starting with St', () => {
    expect(searchTowns('st').map((m) => m.municipality)).to.include('Stow');
  });

  it('returns each municipality once, through its best match', () => {
    const hits = searchTowns('boston', 20);
    expect(hits.filter((m) => m.municipality === 'Boston')).to.have.length(1);
    expect(hits[0]).to.deep.equal({ municipality: 'Boston', label: 'Boston', via: null, rank: 'exact' });
  });

  it('a village in several towns returns each of them', () => {
    expect(searchTowns('Chestnut Hill').map((m) => m.municipality)).to.have.members(['Boston', 'Brookline', 'Newton']);
  });

  it('respects the limit', () => {
    expect(searchTowns('a', 5)).to.have.length(5);
    expect(searchTowns('a', 0)).to.deep.equal([]);
  });
});

describe('suggestTowns', () => {
  const cases: Array<{ name: string; query: string; first: string | null; via?: string | null }> = [
    { name: 'dropped letter', query: 'Cambrige', first: 'Cambridge' },
    { name: 'extra letter', query: 'Worchester', first: 'Worcester' },
    { name: 'swapped letters', query: 'Pittsfeild', first: 'Pittsfield' },
    { name: 'doubled letter', query: 'Sommerville', first: 'Somerville' },
    { name: 'wrong vowel', query: 'Springfeld', first: 'Springfield' },
    { name: 'short name, one edit', query: 'Natik', first: 'Natick' },
    { name: 'misspelt neighborhood', query: 'Dorchestr', first: 'Boston', via: 'Dorchester' },
    { name: 'misspelt partial entry', query: 'Marbleh', first: 'Marblehead' },
    { name: 'outside Massachusetts', query: 'Providence', first: null },
    { name: 'far from anything', query: 'Xyzzyplugh', first: null },
    { name: 'too short to guess', query: 'Bo', first: null },
    { name: 'empty', query: '', first: null },
  ];
  for (const c of cases) {
    it(`${c.name}: ${JSON.stringify(c.query)}`, () => {
      const s = suggestTowns(c.query);
      expect(s[0]?.municipality ?? null, JSON.stringify(s)).to.equal(c.first);
      if (c.via !== undefined) expect(s[0]?.via).to.equal(c.via);
    });
  }

  it('orders by distance', () => {
    const d = suggestTowns('Worchester', 5).map((s) => s.distance);
    expect(d).to.deep.equal([...d].sort((a, b) => a - b));
  });
});

describe('editDistance', () => {
  const cases: Array<[string, string, number]> = [
    ['', '', 0],
    ['abc', '', 3],
    ['cambrige', 'cambridge', 1],
    ['pittsfeild', 'pittsfield', 1],
    ['worchester', 'worcester', 1],
    ['kitten', 'sitting', 3],
  ];
  for (const [a, b, want] of cases) it(`${a} → ${b} = ${want}`, () => expect(editDistance(a, b)).to.equal(want));
  it('stops early past the bound', () => expect(editDistance('abcdef', 'uvwxyz', 2)).to.equal(3));
});
