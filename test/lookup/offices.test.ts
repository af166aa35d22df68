// also-contact's people, from the committed data: who each token names, each once, and nobody
// whose term has ended. Expectations come from the data (the committee files' chairs, the
// legislator files' leadership posts), not from one snapshot's names.
import { expect } from '@open-wc/testing';
import {
  GENERAL_COURT,
  allCommittees,
  allDistricts,
  allLegislators,
  currentGovernor,
  findCommittee,
  parseAlsoContact,
  resolveAlsoContact,
  MAX_TOKENS,
} from '../../src/lookup/index.js';

const NOON = Date.parse(`${GENERAL_COURT.convened}T17:00:00Z`) + 365 * 86_400_000;
const at = (day: string) => Date.parse(`${day}T17:00:00Z`);
const resolve = (value: string, now = NOON) => resolveAlsoContact(parseAlsoContact(value), GENERAL_COURT, now);

describe('also-contact tokens', () => {
  it('reads commas, trims, drops empties and repeats, and keeps a member code with a space', () => {
    expect(parseAlsoContact(' speaker, ,committee:J22 , member:L M0, speaker')).to.deep.equal(['speaker', 'committee:J22', 'member:L M0']);
    expect(parseAlsoContact(['governor', 7, null, ' senate-president '])).to.deep.equal(['governor', 'senate-president']);
    expect(parseAlsoContact({ speaker: true })).to.deep.equal([]);
    expect(parseAlsoContact(Array.from({ length: 40 }, (_, i) => `member:X${i}`))).to.have.length(MAX_TOKENS);
    // The same token in another case or spacing is the same token; no token is unbounded.
    expect(parseAlsoContact('Speaker, speaker, committee : j22, Committee:J22, member:l m0')).to.deep.equal(['Speaker', 'committee:j22', 'member:l m0']);
    const huge = parseAlsoContact(`member:${'X'.repeat(1_000_000)},governor`);
    expect(huge).to.deep.equal([`member:${'X'.repeat(33)}`, 'governor']);
    expect(parseAlsoContact('x,'.repeat(500_000)).length).to.equal(1);
  });

  it('committee:J22 names both chairs of the Joint Committee on Public Safety and Homeland Security', () => {
    const committee = findCommittee('j22')!;
    expect(committee.name).to.equal('Joint Committee on Public Safety and Homeland Security');
    expect(committee.chamber).to.equal('joint');
    expect(committee.chairs).to.have.length(2);
    const { extras, unknown } = resolve('committee:J22');
    expect(unknown).to.deep.equal([]);
    expect(extras.map((extra) => extra.district!.member!.code)).to.deep.equal(committee.chairs);
    expect(new Set(extras.map((extra) => extra.district!.chamber))).to.deep.equal(new Set(['house', 'senate']));
    expect(extras.every((extra) => extra.kind === 'committee' && extra.offices[0]?.kind === 'committee')).to.equal(true);
  });

  it('finds a committee by any of its codes, and Ways and Means of each chamber apart', () => {
    const withTwo = allCommittees().find((committee) => committee.codes.length > 1)!;
    expect(findCommittee(withTwo.codes[1]!)).to.equal(findCommittee(withTwo.codes[0]!));
    expect(findCommittee('H34')!.name).to.equal('House Committee on Ways and Means');
    expect(findCommittee('S30')!.name).to.equal('Senate Committee on Ways and Means');
    expect(findCommittee('J99')).to.equal(null);
  });

  it('speaker and senate-president are the members whose leadership post says so', () => {
    const { extras } = resolve('speaker, senate-president');
    expect(extras.map((extra) => [extra.kind, extra.district!.chamber, extra.offices[0]!.kind])).to.deep.equal([
      ['leadership', 'house', 'speaker'],
      ['leadership', 'senate', 'senate-president'],
    ]);
  });

  it('governor: the executive file of type governor, with the web form and no chamber or district', () => {
    const governor = currentGovernor()!;
    expect(governor.chamber).to.equal(null);
    expect(governor.district).to.equal('');
    expect(governor.webform).to.match(/^https:\/\//);
    // The Thursday after the first Wednesday of January: the day after the Legislature convenes.
    expect(governor.termEnds).to.equal(new Date(Date.parse(`${GENERAL_COURT.ends}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10));
    const { extras } = resolve('governor');
    expect(extras).to.have.length(1);
    expect(extras[0]!.governor).to.equal(governor);
    expect(extras[0]!.district).to.equal(null);
  });

  it('member:CODE is any legislator, in any case; one person named twice gets one card, by their highest office', () => {
    const rep = allLegislators()[5]!;
    expect(resolve(`member:${rep.code.toLowerCase()}`).extras.map((extra) => extra.district!.member!.name)).to.deep.equal([rep.name]);
    const speaker = resolve('speaker').extras[0]!.district!.member!;
    const both = resolve(`member:${speaker.code}, speaker`);
    expect(both.extras).to.have.length(1);
    expect(both.extras[0]!.kind).to.equal('leadership');
  });

  it('a committee named by both of its codes, or a chair of two named committees, is one card with each office once', () => {
    const [first, second] = findCommittee('J38')!.codes;
    const one = resolve(`committee:${first}, committee:${second}`);
    expect(one.extras).to.have.length(findCommittee('J38')!.chairs.length);
    for (const extra of one.extras) expect(extra.offices).to.have.length(1);
    // The Speaker also named as a member and a committee chair: leadership first.
    const speaker = resolve('speaker').extras[0]!.district!.member!.code;
    const chaired = allCommittees().find((committee) => committee.chairs.includes(speaker));
    const all = resolve(`${chaired ? `committee:${chaired.codes[0]}, ` : ''}member:${speaker}, speaker`);
    expect(all.extras).to.have.length(1);
    expect(all.extras[0]!.offices[0]!.kind).to.equal('speaker');
  });

  it('a governor-elect is not shown before the term begins', () => {
    const governor = currentGovernor()!;
    const dayBefore = new Date(Date.parse(`${governor.termStarts}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
    const before = resolve('governor', at(dayBefore));
    expect(before.extras).to.deep.equal([]);
    expect(before.ended).to.equal(true);
    expect(resolve('governor', at(governor.termStarts)).extras).to.have.length(1);
  });

  it('names every token that names no one, as written', () => {
    const { extras, unknown } = resolve('committee:J99, member:NOPE0, mayor, committee:, governor');
    expect(unknown).to.deep.equal(['committee:J99', 'member:NOPE0', 'mayor', 'committee:']);
    expect(extras.map((extra) => extra.kind)).to.deep.equal(['governor']);
  });

  it('lists no one whose term has ended: legislators with their General Court, the governor a day later', () => {
    const tokens = 'speaker, committee:J22, governor, member:' + allDistricts().find((district) => district.member?.code)!.member!.code;
    expect(resolve(tokens).ended).to.equal(false);
    const lastDay = new Date(Date.parse(`${GENERAL_COURT.ends}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
    expect(resolve(tokens, at(lastDay)).extras).to.have.length(5);
    const newCourt = resolve(tokens, at(GENERAL_COURT.ends));
    expect(newCourt.ended).to.equal(true);
    expect(newCourt.extras.map((extra) => extra.kind)).to.deep.equal(['governor']);
    const governorEnds = currentGovernor()!.termEnds;
    const after = resolve(tokens, at(governorEnds));
    expect(after.extras).to.deep.equal([]);
    expect(after.ended).to.equal(true);
  });
});
