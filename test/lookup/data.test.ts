import { expect } from '@open-wc/testing';
import {
  allDistricts,
  allLegislators,
  resolveTown,
  profileUrl,
  LEGISLATORS_AS_OF,
  DISTRICTS_AS_OF,
  type District,
} from '../../src/lookup/index.js';

function single(town: string): { house: District; senate: District } {
  const r = resolveTown(town);
  if (r?.kind !== 'single') throw new Error(`${town} should lie in one House and one Senate district`);
  return r;
}

describe('legislator data', () => {
  it('has 160 House and 40 Senate districts', () => {
    expect(allDistricts('house')).to.have.length(160);
    expect(allDistricts('senate')).to.have.length(40);
    expect(allDistricts()).to.have.length(200);
  });

  it('has 198 sitting legislators, each in the district that lists them', () => {
    const legislators = allLegislators();
    expect(legislators).to.have.length(198);
    for (const d of allDistricts()) if (d.member) expect(d.member.district).to.equal(d.name);
  });

  it('knows the two vacant House seats (member null)', () => {
    const vacant = allDistricts().filter((d) => d.member === null);
    expect(vacant.map((d) => `${d.chamber} ${d.name}`)).to.deep.equal(['house 1st Franklin', 'house 17th Middlesex']);
  });

  it('says when the data is from', () => {
    expect(LEGISLATORS_AS_OF).to.equal('2026-08-05');
    expect(DISTRICTS_AS_OF).to.equal('2022');
  });

  const people: Array<{ name: string; expect: Partial<Record<'code' | 'district' | 'party' | 'email' | 'profileUrl', string>> & { phone?: string | null } }> = [
    {
      name: 'Lisa Field', // the one legislator without a capitol phone
      expect: { phone: null, district: '3rd Bristol', email: 'lisa.field@mahouse.gov', code: 'LMF1' },
    },
    {
      name: 'Aaron Saunders',
      expect: { phone: '617-722-2320', district: '7th Hampden', party: 'Democratic', profileUrl: 'https://malegislature.gov/Legislators/Profile/ALS1' },
    },
    {
      name: 'Barry Finegold', // several past roles; only the current one counts
      expect: { district: 'Second Essex and Middlesex', email: 'barry.finegold@masenate.gov', code: 'BRF0' },
    },
    {
      name: 'Liz Miranda', // member code with a space
      expect: { code: 'L M0', profileUrl: 'https://malegislature.gov/Legislators/Profile/L%20M0', district: 'Second Suffolk' },
    },
    { name: "Jim O'Day", expect: { email: "james.o'day@mahouse.gov" } },
    { name: 'Chris Flanagan', expect: { email: 'christopher.flanagan@mahouse.gov' } },
    { name: 'Carlos González', expect: { email: 'carlos.gonzalez@mahouse.gov', code: 'C_G1' } },
    { name: 'Alan Silvia', expect: { code: 'A_S1' } },
    { name: 'Hannah Bowen', expect: { code: 'HLB1', district: '6th Essex' } }, // code only in the profile link
  ];
  for (const { name, expect: want } of people) {
    it(`decodes ${name}`, () => {
      const found = allLegislators().filter((l) => l.name === name);
      expect(found, name).to.have.length(1);
      for (const [k, v] of Object.entries(want)) expect(found[0]![k as keyof typeof want], `${name} ${k}`).to.equal(v);
    });
  }

  it('gives every legislator a chamber email, a profile URL and a phone or null', () => {
    for (const l of allLegislators()) {
      expect(l.email, l.name).to.match(l.chamber === 'house' ? /^[^@\s]+@mahouse\.gov$/ : /^[^@\s]+@masenate\.gov$/);
      expect(l.profileUrl, l.name).to.equal(profileUrl(l.code));
      if (l.phone !== null) expect(l.phone, l.name).to.match(/^\d{3}-\d{3}-\d{4}$/);
      expect(['Democratic', 'Republican', 'Unenrolled', 'Independent'], l.name).to.include(l.party);
    }
    expect(allLegislators().filter((l) => l.phone === null).map((l) => l.name)).to.deep.equal(['Lisa Field']);
  });

  it('writes House districts with numerals and Senate districts with words', () => {
    const abington = single('Abington');
    expect(abington.house.name).to.equal('7th Plymouth');
    expect(abington.senate.name).to.equal('Norfolk and Plymouth');
    expect(allDistricts('house').map((d) => d.name)).to.include.members(['1st Essex', '22nd Middlesex', '11th Suffolk', '12th Middlesex', '13th Essex', 'Barnstable, Dukes and Nantucket']);
    expect(allDistricts('senate').map((d) => d.name)).to.include.members(['First Essex', 'Cape and Islands', 'Berkshire, Hampden, Franklin and Hampshire']);
  });
});
