import { expect } from '@open-wc/testing';
import {
  allDistricts,
  allLegislators,
  findDistrictByName,
  generalCourtOn,
  resolveTown,
  profileUrl,
  GENERAL_COURT,
  LEGISLATORS_AS_OF,
  DISTRICTS_AS_OF,
  type District,
} from '../../src/lookup/index.js';
import { decodeDistricts } from '../../src/lookup/decode.js';
import { MEMBERS } from '../../src/data/ma-districts.js';

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

  it('gives every seat at most one member, in the district that lists them', () => {
    const seated = allDistricts().filter((d) => d.member);
    expect(allLegislators()).to.have.length(seated.length);
    for (const d of seated) expect(d.member!.district).to.equal(d.name);
  });

  it('records its General Court by the rule: convened on a first Wednesday of January, ending on the next one', () => {
    expect(GENERAL_COURT).to.deep.equal(generalCourtOn(LEGISLATORS_AS_OF));
    expect(GENERAL_COURT.convened <= LEGISLATORS_AS_OF && LEGISLATORS_AS_OF < GENERAL_COURT.ends).to.equal(true);
    expect(DISTRICTS_AS_OF).to.match(/^\d{4}(-\d{2}-\d{2})?$/);
  });

  it('gives every legislator a chamber email or none yet, a profile URL and a phone or null', () => {
    for (const l of allLegislators()) {
      if (l.email) expect(l.email, l.name).to.match(l.chamber === 'house' ? /^[^@\s]+@mahouse\.gov$/ : /^[^@\s]+@masenate\.gov$/);
      expect(l.profileUrl, l.name).to.equal(profileUrl(l.code));
      if (l.phone !== null) expect(l.phone, l.name).to.match(/^\d{3}-\d{3}-\d{4}$/);
      if (l.districtPhone !== null) expect(l.districtPhone, l.name).to.match(/^\d{3}-\d{3}-\d{4}$/).and.not.equal(l.phone);
      expect(['Democratic', 'Republican', 'Unenrolled', 'Independent', ''], l.name).to.include(l.party);
    }
  });

  it('decodes a district office phone where the member has one, null where not', () => {
    // Tricia Farley-Bouvier lists a Pittsfield district office; the Speaker only the State House.
    const withOffice = findDistrictByName('2nd Berkshire', 'house')!.member!;
    expect(withOffice.name).to.equal('Tricia Farley-Bouvier');
    expect(withOffice.districtPhone).to.equal('413-442-4300');
    expect(withOffice.phone).to.equal('617-722-2676');
    const without = findDistrictByName('3rd Norfolk', 'house')!.member!;
    expect(without.name).to.equal('Ron Mariano');
    expect(without.districtPhone).to.equal(null);
    expect(without.phone).to.equal('617-722-2500');
  });

  it('decodes as many district office phones as the generated table holds', () => {
    const inTable = MEMBERS.split('\n').filter((line) => line !== '' && (line.split('|')[5] ?? '') !== '').length;
    expect(inTable).to.be.greaterThan(0);
    expect(allLegislators().filter((l) => l.districtPhone !== null)).to.have.length(inTable);
  });
});

describe('legislator data against the Open States files it came from (shared data)', () => {
  type Raw = { name: string; chamber: 'house' | 'senate'; district: string; party: string | null; code: string | null; email: string | null; phone: string | null; districtPhone: string | null };
  let raw: { asOf: string; legislators: Raw[] } | null = null;

  before(async () => {
    const res = await fetch('/__shared/data/legislators.json').catch(() => null);
    if (res?.ok) raw = await res.json();
    else console.warn('shared-data comparison skipped: ../shared/data/openstates-ma-legislature absent');
  });
  beforeEach(function () {
    if (!raw) this.skip();
  });

  it('is the data of the same date (else run npm run data)', () => {
    expect(LEGISLATORS_AS_OF).to.equal(raw!.asOf);
  });

  it('decodes every sitting legislator exactly as the files describe them, and no one else', () => {
    const failures: string[] = [];
    for (const want of raw!.legislators) {
      const district = findDistrictByName(want.district, want.chamber);
      const got = district?.member;
      const expected = { name: want.name, party: want.party ?? '', code: want.code ?? '', email: (want.email ?? '').toLowerCase(), phone: want.phone, districtPhone: want.districtPhone };
      const actual = got && { name: got.name, party: got.party, code: got.code, email: got.email.toLowerCase(), phone: got.phone, districtPhone: got.districtPhone };
      if (JSON.stringify(actual) !== JSON.stringify(expected)) failures.push(`${want.district}: got ${JSON.stringify(actual)}, want ${JSON.stringify(expected)}`);
    }
    expect(failures).to.deep.equal([]);
    expect(allLegislators()).to.have.length(raw!.legislators.length);
  });

  it('has as many members with a district office phone in the generated table as the files list', () => {
    const inTable = MEMBERS.split('\n').filter((line) => line !== '' && (line.split('|')[5] ?? '') !== '').length;
    const inFiles = raw!.legislators.filter((l) => l.districtPhone !== null).length;
    expect(inFiles).to.be.greaterThan(0);
    expect(inTable).to.equal(inFiles);
    expect(allLegislators().filter((l) => l.districtPhone !== null)).to.have.length(inFiles);
  });

  it('leaves exactly the seats nobody in the files holds vacant', () => {
    const held = new Set(raw!.legislators.map((l) => findDistrictByName(l.district, l.chamber)?.name));
    expect(allDistricts().filter((d) => !d.member).map((d) => d.name)).to.deep.equal(allDistricts().filter((d) => !held.has(d.name)).map((d) => d.name));
  });
});

describe('member decoding (synthetic tables)', () => {
  const tables = {
    DISTRICT_BASES: 'Essex|Suffolk',
    HOUSE_DISTRICTS: '0*3',
    SENATE_DISTRICTS: '1*3',
    MEMBERS: [
      'ABC1|Ann Lee|D|2320||978-555-0100', // first.last, short State House phone, a district office phone
      'L M0|Liz Miranda|I|413-555-0100|elizabeth.|', // code with a space, nickname.last, whole phone, no district office
      '', // vacant
      '|Pat Newmember|||-', // new member: no code, party, phone or email yet
      'X_Y0|José Núñez|U||someone@example.org', // whole address; accents folded for first.last only
      'QQ0|Sam Roe|R||sam.r.roe', // five fields, as data from before the district office phone
    ].join('\n'),
  };
  const { all } = decodeDistricts(tables);

  it('names seats by chamber style', () => {
    expect(all.map((d) => d.name)).to.deep.equal(['1st Essex', '2nd Essex', '3rd Essex', 'First Suffolk', 'Second Suffolk', 'Third Suffolk']);
  });
  it('decodes the district office phone, null when empty or absent', () => {
    expect(all.map((d) => d.member && d.member.districtPhone)).to.deep.equal(['978-555-0100', null, null, null, null, null]);
  });
  it('decodes every field form', () => {
    expect(all.map((d) => d.member && [d.member.code, d.member.name, d.member.party, d.member.phone, d.member.email, d.member.profileUrl])).to.deep.equal([
      ['ABC1', 'Ann Lee', 'Democratic', '617-722-2320', 'ann.lee@mahouse.gov', 'https://malegislature.gov/Legislators/Profile/ABC1'],
      ['L M0', 'Liz Miranda', 'Independent', '413-555-0100', 'elizabeth.miranda@mahouse.gov', 'https://malegislature.gov/Legislators/Profile/L%20M0'],
      null,
      ['', 'Pat Newmember', '', null, '', 'https://malegislature.gov/Search/FindMyLegislator'],
      ['X_Y0', 'José Núñez', 'Unenrolled', null, 'someone@example.org', 'https://malegislature.gov/Legislators/Profile/X_Y0'],
      ['QQ0', 'Sam Roe', 'Republican', null, 'sam.r.roe@masenate.gov', 'https://malegislature.gov/Legislators/Profile/QQ0'],
    ]);
  });
});
describe('district names', () => {
  it('writes House districts with numerals and Senate districts with words', () => {
    const abington = single('Abington');
    expect(abington.house.name).to.equal('7th Plymouth');
    expect(abington.senate.name).to.equal('Norfolk and Plymouth');
    expect(allDistricts('house').map((d) => d.name)).to.include.members(['1st Essex', '22nd Middlesex', '11th Suffolk', '12th Middlesex', '13th Essex', 'Barnstable, Dukes and Nantucket']);
    expect(allDistricts('senate').map((d) => d.name)).to.include.members(['First Essex', 'Cape and Islands', 'Berkshire, Hampden, Franklin and Hampshire']);
  });
});
