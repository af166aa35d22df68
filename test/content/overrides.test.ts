import { expect } from '@open-wc/testing';
import { mergeProvisions } from '../../src/content/overrides.js';
import { explainerCopy } from '../../src/content/provisions.js';

const defaults = explainerCopy().provisions;

describe('mergeProvisions', () => {
  const cases: Array<{ name: string; overrides: unknown; titles: string[]; problems: RegExp[] }> = [
    { name: 'no overrides keeps defaults', overrides: undefined, titles: defaults.map((p) => p.title), problems: [] },
    {
      name: 'a title override replaces only that title',
      overrides: [{ number: 2, title: 'No 287(g)' }],
      titles: [defaults[0].title, 'No 287(g)', defaults[2].title],
      problems: [],
    },
    {
      name: 'a number given as text is accepted (attributes are text)',
      overrides: [{ number: '3', title: 'Due process' }],
      titles: [defaults[0].title, defaults[1].title, 'Due process'],
      problems: [],
    },
    {
      name: 'an out-of-range number is ignored',
      overrides: [{ number: 4, title: 'Nope' }],
      titles: defaults.map((p) => p.title),
      problems: [/number 4/],
    },
    {
      name: 'a non-array is rejected whole',
      overrides: { number: 1, title: 'x' },
      titles: defaults.map((p) => p.title),
      problems: [/must be an array/],
    },
    {
      name: 'an empty title keeps the default',
      overrides: [{ number: 1, title: '   ' }],
      titles: defaults.map((p) => p.title),
      problems: [/empty or non-text "title"/],
    },
    {
      name: 'a non-text field keeps the default and an unknown key is named',
      overrides: [{ number: 1, what: 42, colour: 'red' }],
      titles: defaults.map((p) => p.title),
      problems: [/non-text "what"/, /unknown key "colour"/],
    },
    { name: 'null entries are reported', overrides: [null], titles: defaults.map((p) => p.title), problems: [/not an object/] },
  ];

  for (const { name, overrides, titles, problems } of cases) {
    it(name, () => {
      const result = mergeProvisions(defaults, overrides);
      expect(result.provisions.map((p) => p.title)).to.deep.equal(titles);
      expect(result.problems).to.have.length(problems.length);
      problems.forEach((pattern, index) => expect(result.problems[index]).to.match(pattern));
    });
  }

  it('never mutates the defaults', () => {
    mergeProvisions(defaults, [{ number: 1, title: 'Changed' }]);
    expect(explainerCopy().provisions[0].title).to.equal(defaults[0].title);
    expect(defaults[0].title).not.to.equal('Changed');
  });
});
