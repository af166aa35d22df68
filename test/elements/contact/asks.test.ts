// <sca-contact> with the campaign's asks and extra people to contact (also-contact): the cards in
// order, each with its role and its script, the events' target kinds, unknown tokens, a reader's
// own legislator who also chairs the committee, and nobody shown whose term has ended. People are
// found from the data (committee chairs, leadership posts, the governor), not named here.
import { expect, fixtureCleanup, html } from '@open-wc/testing';
import {
  GENERAL_COURT,
  allDistricts,
  currentGovernor,
  findCommittee,
  parseAlsoContact,
  resolveAlsoContact,
  resolveTown,
} from '../../../src/lookup/index.js';
import { lastNameOf } from '../../../src/contact/messages.js';
import type { ActionDetail } from '../../../src/elements/contact/events.js';
import { all, captureWarnings, one, setNow, text } from '../../helpers.js';
import { choosePrecinct, contactAt, precinctIn, settle } from '../../contact-helpers.js';
import '../../../src/index.js';

const DONE_MEANS = html`<sca-contact ask="budget-amendment" amendment-house="1031" bill-session=${String(GENERAL_COURT.number)} also-contact="speaker, committee:J22, governor"></sca-contact>`;
const cards = (element: HTMLElement) => all(element, '[part="legislator"]');
const callScript = (card: HTMLElement) => text(card.querySelector('[part="script"]')!);
const pittsfield = resolveTown('Pittsfield');
const people = (tokens: string) => resolveAlsoContact(parseAlsoContact(tokens), GENERAL_COURT, Date.now()).extras;

describe('<sca-contact> asks and also-contact', () => {
  afterEach(() => {
    for (const dialog of document.querySelectorAll('sca-contact')) dialog.close();
    setNow();
    fixtureCleanup();
  });

  it('Pittsfield, budget amendment #1031, speaker, committee:J22 and the governor: their own two, then the Speaker, both chairs and the governor', async () => {
    if (pittsfield?.kind !== 'single') throw new Error('Pittsfield is expected in one House and one Senate district');
    const element = await contactAt('Pittsfield', DONE_MEANS);
    const [speaker] = people('speaker');
    const chairs = people('committee:J22');
    const all6 = cards(element);
    expect(all6.map((card) => text(card.querySelector('h4')!))).to.deep.equal([
      pittsfield.house.member!.name,
      pittsfield.senate.member!.name,
      speaker!.district!.member!.name,
      ...chairs.map((chair) => chair.district!.member!.name),
      currentGovernor()!.name,
    ]);
    expect(all6.map((card) => card.dataset.target)).to.deep.equal(['own', 'own', 'leadership', 'committee', 'committee', 'governor']);
    expect(text(one(element, 'h3.also'))).to.equal('Also contact');

    const [rep, senator, speakerCard, houseChair, senateChair, governor] = all6 as [HTMLElement, HTMLElement, HTMLElement, HTMLElement, HTMLElement, HTMLElement];
    expect(callScript(rep)).to.contain('co-sponsor and vote for the Safe Communities Act budget amendment (Amendment #1031)');
    expect(callScript(senator), 'no Senate number was set').to.contain('vote for the Safe Communities Act budget amendment. It adds');
    expect(text(speakerCard.querySelector('.role')!)).to.equal('Speaker of the House');
    expect(callScript(speakerCard)).to.contain(`ask Speaker ${lastNameOf(speaker!.district!.member!.name)} to bring the Safe Communities Act to a vote`);
    for (const chair of [houseChair, senateChair]) {
      expect(text(chair.querySelector('.role')!).replace(/[\u2066-\u2069]/g, '')).to.equal('Chair of the Joint Committee on Public Safety and Homeland Security');
      expect(text(chair.querySelector('.role bdi[lang="en"]')!)).to.equal('Joint Committee on Public Safety and Homeland Security');
      expect(callScript(chair)).to.contain('as chair of the Joint Committee on Public Safety and Homeland Security, to report the Safe Communities Act out of committee favorably');
    }
    expect(text(houseChair.querySelector('.meta')!)).to.match(/^State Representative · /);
    expect(text(senateChair.querySelector('.meta')!)).to.match(/^State Senator · /);
    // The governor: no chamber or district, the office's phone, and its web form instead of email.
    expect(text(governor.querySelector('.meta')!)).to.match(/^Governor of Massachusetts( · \w+)?$/);
    expect(governor.querySelector('a[href^="tel:"]')).not.to.equal(null);
    expect(governor.querySelector('a[href^="mailto:"]')).to.equal(null);
    const form = governor.querySelector<HTMLAnchorElement>(`a[href="${currentGovernor()!.webform}"]`)!;
    expect(text(form)).to.equal('Open the web form');
    expect(form.rel).to.contain('noopener');
    expect(callScript(governor)).to.contain(`ask Governor ${lastNameOf(currentGovernor()!.name)} to support the Safe Communities Act, to sign it`);
  });

  it('events say which kind of card, never the reader’s place; the governor’s has no chamber or district', async () => {
    const element = await contactAt('Pittsfield', DONE_MEANS);
    const seen: ActionDetail[] = [];
    element.addEventListener('sca-action', (event) => seen.push(event.detail));
    // No tel: navigation from the test page: the page would lose the keyboard for the next tests.
    element.shadowRoot!.addEventListener('click', (event) => event.preventDefault());
    for (const card of cards(element)) card.querySelector<HTMLAnchorElement>('a[href^="tel:"]')!.click();
    expect(seen.map((detail) => detail.target)).to.deep.equal(['own', 'own', 'leadership', 'committee', 'committee', 'governor']);
    expect(seen.at(-1)).to.deep.equal({ channel: 'call', target: 'governor', legislator: currentGovernor()!.name });
    expect(JSON.stringify(seen)).not.to.contain('Pittsfield');
  });

  it('a reader’s own legislator who chairs the committee appears once, with the chair on their card and the chair’s script', async () => {
    const chairs = people('committee:J22');
    const house = chairs.find((chair) => chair.district!.chamber === 'house')!.district!;
    const { town, ward, precinct } = precinctIn(house.name);
    const element = await contactAt(town, html`<sca-contact also-contact="committee:J22"></sca-contact>`);
    if (resolveTown(town)?.kind === 'split') await choosePrecinct(element, ward, precinct);
    const titles = cards(element).map((card) => text(card.querySelector('h4')!));
    expect(titles.filter((name) => name === house.member!.name), 'once').to.have.length(1);
    const own = cards(element)[0]!;
    expect(own.dataset.target).to.equal('own');
    expect(text(own.querySelector('.role')!)).to.contain('Chair of the');
    expect(callScript(own)).to.contain('as chair of the Joint Committee on Public Safety and Homeland Security');
    expect(titles, 'the other chair, as an extra card').to.have.length(3);
  });

  it('a member: target who already co-sponsors is thanked, by an email that claims no district; one who does not is asked', async () => {
    if (pittsfield?.kind !== 'single') throw new Error('Pittsfield is expected in one House and one Senate district');
    // Two House members who do not represent Pittsfield, found from the data.
    const [thanked, asked] = allDistricts('house')
      .filter((district) => district.member?.code && district !== pittsfield.house && district.member.email)
      .slice(0, 2)
      .map((district) => district.member!);
    const session = String(GENERAL_COURT.number);
    const bodyOf = (card: HTMLElement) => new URL(card.querySelector<HTMLAnchorElement>('a[href^="mailto:"]')!.href).searchParams.get('body') ?? '';
    for (const ask of ['cosponsor', 'budget-amendment'] as const) {
      const element = await contactAt(
        'Pittsfield',
        html`<sca-contact ask=${ask} bill-session=${session} amendment-house="1031" cosponsors=${thanked!.code} also-contact=${`member:${thanked!.code}, member:${asked!.code}`}></sca-contact>`,
      );
      const byName = (name: string) => cards(element).find((card) => text(card.querySelector('h4')!) === name)!;
      const [thank, plain] = [byName(thanked!.name), byName(asked!.name)];
      expect(thank.dataset.target).to.equal('member');
      const what = ask === 'cosponsor' ? 'the Safe Communities Act' : 'the Safe Communities Act budget amendment (Amendment #1031)';
      expect(callScript(thank), ask).to.contain(`to thank Representative ${lastNameOf(thanked!.name)} for co-sponsoring ${what}`);
      expect(text(thank.querySelector('.stance')!)).to.match(/^Already a co-sponsor/);
      expect(bodyOf(thank), ask).to.contain(`I live in Pittsfield. Thank you for co-sponsoring ${what}`);
      expect(bodyOf(thank), 'the reader does not live in their district').not.to.contain('district');
      expect(callScript(plain), ask).to.contain('to co-sponsor and vote for the Safe Communities Act');
      expect(plain.querySelector('.stance')).to.equal(null);
      element.close();
      fixtureCleanup();
    }
  });

  it('each unknown token or code: one console warning naming it, and no card', async () => {
    const warnings = await captureWarnings(async () => {
      const element = await contactAt('Abington', html`<sca-contact also-contact="committee:J99, member:NOPE0, mayor, governor"></sca-contact>`);
      expect(cards(element).map((card) => card.dataset.target)).to.deep.equal(['own', 'own', 'governor']);
      element.requestUpdate();
      await settle(element);
    });
    const about = warnings.filter((warning) => warning.includes('also-contact'));
    expect(about, warnings.join('\n')).to.have.length(1);
    for (const token of ['committee:J99', 'member:NOPE0', 'mayor']) expect(about[0]).to.contain(`"${token}"`);
    expect(about[0]).not.to.contain('"governor"');
  });

  it('an unknown ask warns and asks to co-sponsor the bill', async () => {
    const warnings = await captureWarnings(async () => {
      const element = await contactAt('Abington', html`<sca-contact ask="bribe"></sca-contact>`);
      expect(callScript(cards(element)[0]!)).to.contain('co-sponsor and vote for the Safe Communities Act');
    });
    expect(warnings.some((warning) => warning.includes('ask "bribe" is not one of cosponsor, budget-amendment, report-out, floor-vote'))).to.equal(true);
  });

  it('once a new General Court sits, chairs and leaders are not shown; the governor until the next one is sworn in', async () => {
    setNow(`${GENERAL_COURT.ends}T17:00:00Z`);
    const element = await contactAt('Pittsfield', DONE_MEANS);
    expect(cards(element).map((card) => card.dataset.target), text(one(element, 'dialog'))).to.deep.equal(['own', 'own', 'governor']);
    expect(text(one(element, '.ended'))).to.contain('change with a new session');
    setNow(`${currentGovernor()!.termEnds}T17:00:00Z`);
    const later = await contactAt('Pittsfield', DONE_MEANS);
    expect(cards(later).map((card) => card.dataset.target)).to.deep.equal(['own', 'own']);
    expect(later.shadowRoot!.querySelector('h3.also')).to.equal(null);
    expect(text(one(later, '.ended'))).to.contain('change with a new session');
  });

  it('the committee’s English name carries a gloss in the reader’s language', async () => {
    document.documentElement.lang = 'es';
    try {
      const element = await contactAt('Pittsfield', html`<sca-contact also-contact="committee:H34"></sca-contact>`);
      for (let i = 0; i < 100 && !element.shadowRoot!.querySelector('.gloss'); i++) await new Promise((resolve) => setTimeout(resolve, 20));
      const role = element.shadowRoot!.querySelector('.role');
      expect(role, text(one(element, 'dialog'))).not.to.equal(null);
      expect(text(role!)).to.contain(findCommittee('H34')!.name);
      expect(text(one(element, '.gloss'))).not.to.contain('House committee');
      expect(text(role!)).not.to.contain('Chair of the');
      // A space, then the gloss in brackets: "Ways and Means (un comité…)".
      expect(role!.textContent).to.match(new RegExp(`${findCommittee('H34')!.name}\u2069? \\(\\S`));
      // The English name in the Spanish sentence is said in English (WCAG 3.1.2), and isolated.
      const name = role!.querySelector('bdi[lang="en"]');
      expect(name, role!.innerHTML).not.to.equal(null);
      expect(name!.textContent).to.equal(findCommittee('H34')!.name);
      expect(role!.closest('[lang]')!.getAttribute('lang')).to.equal('es');
    } finally {
      document.documentElement.lang = 'en';
    }
  });
});
