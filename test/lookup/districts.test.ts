import { expect } from '@open-wc/testing';
import { findDistrictByName, findDistrictsByName, districtKey, type Chamber } from '../../src/lookup/index.js';

describe('findDistrictByName', () => {
  const cases: Array<{ name: string; input: string; chamber?: Chamber; want: string | null }> = [
    { name: 'CSV words', input: 'Twenty-Second Middlesex', chamber: 'house', want: '22nd Middlesex' },
    { name: 'Open States numerals', input: '22nd Middlesex', chamber: 'house', want: '22nd Middlesex' },
    { name: 'numerals without suffix', input: '22 Middlesex', chamber: 'house', want: '22nd Middlesex' },
    { name: 'unhyphenated words', input: 'twenty second middlesex', chamber: 'house', want: '22nd Middlesex' },
    { name: 'cardinal words forgiven', input: 'Twenty Two Middlesex', chamber: 'house', want: '22nd Middlesex' },
    { name: '"District" suffix', input: '7th Plymouth District', chamber: 'house', want: '7th Plymouth' },
    { name: 'teens', input: 'Eighteenth Suffolk', chamber: 'house', want: '18th Suffolk' },
    { name: 'tens ordinal', input: 'Thirtieth Middlesex', chamber: 'house', want: '30th Middlesex' },
    { name: '"&" for "and"', input: 'Berkshire, Hampden, Franklin & Hampshire', want: 'Berkshire, Hampden, Franklin and Hampshire' },
    { name: 'no commas', input: 'berkshire hampden franklin and hampshire', want: 'Berkshire, Hampden, Franklin and Hampshire' },
    { name: 'Senate numerals', input: '2nd Essex and Middlesex', chamber: 'senate', want: 'Second Essex and Middlesex' },
    { name: 'Senate ampersand', input: 'Second Plymouth & Norfolk', chamber: 'senate', want: 'Second Plymouth and Norfolk' },
    { name: 'unnumbered Senate district', input: 'Cape and Islands', want: 'Cape and Islands' },
    { name: 'in both chambers, chamber given', input: 'First Essex', chamber: 'senate', want: 'First Essex' },
    { name: 'in both chambers, House', input: 'First Essex', chamber: 'house', want: '1st Essex' },
    { name: 'in both chambers, no chamber: ambiguous', input: 'First Essex', want: null },
    { name: 'vacant seat still found', input: 'Seventeenth Middlesex', chamber: 'house', want: '17th Middlesex' },
    { name: 'wrong chamber', input: 'Cape and Islands', chamber: 'house', want: null },
    { name: 'beyond the last seat', input: '38th Middlesex', chamber: 'house', want: null },
    { name: 'not a district', input: 'Providence', want: null },
    { name: 'empty', input: '', want: null },
  ];
  for (const c of cases) {
    it(c.name, () => {
      expect(findDistrictByName(c.input, c.chamber)?.name ?? null).to.equal(c.want);
    });
  }

  it('lists both districts of a shared name', () => {
    expect(findDistrictsByName('Second Essex').map((d) => `${d.chamber} ${d.name}`)).to.deep.equal(['house 2nd Essex', 'senate Second Essex']);
  });

  it('keys both spellings alike', () => {
    expect(districtKey('Twenty-Second Middlesex')).to.equal(districtKey('22nd Middlesex'));
    expect(districtKey('Worcester & Hampden')).to.equal(districtKey('Worcester and Hampden'));
  });
});
