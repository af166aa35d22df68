// What the contact flow says when the General Court of its data ends, and what becomes of bill
// numbers and co-sponsors of a session: on a fixed clock on both sides of the change (the page's
// Date is fixed by web-test-runner.config.mjs), in English and Spanish. Times are derived from the
// data's own session, so a data refresh needs no edit here.
import { expect, fixture, fixtureCleanup, html } from '@open-wc/testing';
import type { SafeCommunitiesContact } from '../../src/elements/contact/contact.js';
import { FIND_MY_LEGISLATOR_URL, GENERAL_COURT, LEGISLATORS_AS_OF, bostonDate, allLegislators, allMunicipalities, resolveTown, sessionYears, type District, type Legislator } from '../../src/lookup/index.js';
import { currentLocale } from '../../src/i18n/localization.js';
import { all, captureWarnings, one, setNow, text } from '../helpers.js';
import { findTown, openDialog, settle } from '../contact-helpers.js';
import '../../src/index.js';

const ends = GENERAL_COURT.ends;
/** 6 January in UTC (03:00), still 5 January in Boston (22:00): the old session. */
const UTC_DAY_BOSTON_EVE = `${ends}T03:00:00Z`;
const LAST_SECOND = `${ends}T04:59:59Z`;
/** Midnight in Boston (EST, UTC−5 in January): the new General Court's first day. */
const BOSTON_MIDNIGHT = `${ends}T05:00:00Z`;
const years = sessionYears(GENERAL_COURT);
/** Text without the directional isolates (LRI … PDI) around inserted values. */
const words = (element: Element) => text(element).replace(/[\u2066-\u2069]/g, '');

/** What the live region says once its message is in (it is emptied first, then refilled). */
async function announced(element: SafeCommunitiesContact): Promise<string> {
  await new Promise((resolve) => setTimeout(resolve, 200));
  return text(one(element, '[role="status"]'));
}

async function until(check: () => boolean, what: string) {
  for (let i = 0; i < 100; i++) {
    if (check()) return;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  throw new Error(`timed out waiting for ${what}`);
}

/** A town in one House and one Senate district, both seats held. */
const singleTown = allMunicipalities().find((name) => {
  const r = resolveTown(name);
  return r?.kind === 'single' && r.house.member && r.senate.member;
})!;
const splitTown = allMunicipalities().find((name) => resolveTown(name)?.kind === 'split')!;

async function resultsFor(template: ReturnType<typeof html>, town = singleTown): Promise<SafeCommunitiesContact> {
  const host = await fixture<HTMLElement>(template);
  const element = (host.localName === 'sca-contact' ? host : host.querySelector('sca-contact')!) as SafeCommunitiesContact;
  const lang = host.getAttribute('lang');
  if (lang) await until(() => currentLocale() === lang, lang);
  await settle(element);
  await openDialog(element);
  await findTown(element, town);
  return element;
}

/** The call script of each card (the first script part of a card with a phone). */
const callScripts = (element: SafeCommunitiesContact) => all(element, '[part="legislator"]').map((card) => text(card.querySelector('[part="script"]')!));

describe('the tests’ clock', () => {
  it('is fixed at noon in Boston on the day the data was taken, whatever today is', () => {
    expect(bostonDate(Date.now())).to.equal(LEGISLATORS_AS_OF);
    expect(bostonDate(new Date().getTime())).to.equal(LEGISLATORS_AS_OF);
  });
});

describe('a session that has ended', () => {
  afterEach(async () => {
    for (const dialog of document.querySelectorAll('sca-contact')) dialog.close();
    fixtureCleanup();
    document.documentElement.lang = 'en';
    await until(() => currentLocale() === 'en', 'English');
    setNow();
  });

  it('tells the partner once, in the console, to move to current data', async () => {
    setNow(BOSTON_MIDNIGHT);
    const warnings = await captureWarnings(async () => {
      await resultsFor(html`<div><sca-contact></sca-contact><sca-contact></sca-contact></div>`);
    });
    const stale = warnings.filter((w) => w.includes('legislator data is from the'));
    expect(stale).to.have.length(1);
    expect(stale[0]).to.contain(`whose terms ended on ${ends}`).and.to.contain('Updating');
  });

  for (const { when, stale } of [
    { when: UTC_DAY_BOSTON_EVE, stale: false },
    { when: LAST_SECOND, stale: false },
    { when: BOSTON_MIDNIGHT, stale: true },
    { when: `${ends}T17:00:00Z`, stale: true },
  ]) {
    it(`${when}: results ${stale ? 'warn that a new Legislature took office' : 'say nothing about the session'} (English)`, async () => {
      setNow(when);
      const element = await resultsFor(html`<sca-contact></sca-contact>`);
      const notice = element.shadowRoot!.querySelector('.stale');
      const cards = all(element, '[part="legislator"]');
      expect(cards).to.have.length(2, 'the cards stay');
      const heading = one(element, 'h3[data-step-focus]');
      if (!stale) {
        expect(notice).to.equal(null);
        expect(element.shadowRoot!.querySelector('.session')).to.equal(null);
        expect(text(heading)).to.equal('Your legislators');
        expect(await announced(element)).to.match(/^Found your legislators: [^.]+\.$/);
        return;
      }
      // Neither the heading nor the screen reader's announcement presents them as sitting today.
      expect(text(heading)).to.equal(`Your legislators In office in the ${years} session`);
      expect(await announced(element)).to.match(new RegExp(`^Found your legislators: [^.]+\\. This list is from the ${years} session and may be out of date\\.$`));
      expect(words(notice!)).to.contain('A new Legislature took office on January').and.to.contain(`This list is from the ${years} session and may be out of date.`);
      // The official page comes first: before any card, and the first link of the step.
      const step = one(element, '.step');
      expect(step.querySelector('a')!.getAttribute('href')).to.equal(FIND_MY_LEGISLATOR_URL);
      expect(notice!.compareDocumentPosition(cards[0]!) & Node.DOCUMENT_POSITION_FOLLOWING).to.not.equal(0);
      for (const card of cards) expect(words(card.querySelector('.session')!)).to.equal(`In office in the ${years} session`);
      // The years are isolated left to right, so "2025–2026" cannot turn into "2026–2025" in Arabic.
      expect(cards[0]!.querySelector('.session')!.textContent).to.contain(`\u2066${years}\u2069`);
    });
  }

  it('says the same in Spanish, with the date in Spanish', async () => {
    setNow(BOSTON_MIDNIGHT);
    const element = await resultsFor(html`<div lang="es"><sca-contact></sca-contact></div>`);
    const notice = words(one(element, '.stale'));
    expect(notice).to.contain('Una nueva Legislatura asumió el cargo el').and.to.contain('de enero de');
    expect(notice).to.contain(`Esta lista es de la sesión ${years} y puede no estar actualizada.`);
    expect(text(one(element, '.stale a'))).to.contain('Consulte quién le representa ahora');
    expect(words(one(element, '.session'))).to.equal(`En el cargo durante la sesión ${years}`);
    expect(text(one(element, 'h3'))).to.equal(`Sus legisladores En el cargo durante la sesión ${years}`);
  });

  it('Spanish on the evening before, in Boston: no notice', async () => {
    setNow(UTC_DAY_BOSTON_EVE);
    const element = await resultsFor(html`<div lang="es"><sca-contact></sca-contact></div>`);
    expect(text(one(element, 'h3'))).to.equal('Sus legisladores');
    expect(element.shadowRoot!.querySelector('.stale')).to.equal(null);
  });

  it('the "I’m not sure" list carries the notice too', async () => {
    setNow(BOSTON_MIDNIGHT);
    const element = await resultsFor(html`<sca-contact></sca-contact>`, splitTown);
    const unsure = [...element.shadowRoot!.querySelectorAll<HTMLButtonElement>('.actions button')].find((b) => text(b) === 'I’m not sure')!;
    unsure.click();
    await settle(element);
    const section = one(element, '.unsure');
    expect(words(section.querySelector('.stale')!)).to.contain(`This list is from the ${years} session`);
    setNow(LAST_SECOND);
    element.requestUpdate();
    await settle(element);
    expect(one(element, '.unsure').querySelector('.stale')).to.equal(null);
  });

  it('a vacant seat is "vacant in the session", not "right now"', async function () {
    const town = allMunicipalities().find((name) => {
      const r = resolveTown(name);
      return r?.kind === 'single' && !r.house.member && r.senate.member;
    });
    if (!town) this.skip(); // no vacancy in this snapshot
    setNow(BOSTON_MIDNIGHT);
    const element = await resultsFor(html`<sca-contact chamber="house"></sca-contact>`, town);
    const vacant = words(one(element, '.vacant'));
    expect(vacant).to.contain(`seat was vacant in the ${years} session`).and.not.to.contain('right now');
  });
});

describe('bill numbers and co-sponsors belong to a session', () => {
  const number = GENERAL_COURT.number;
  const [first] = allLegislators();
  let house: District;

  before(() => {
    const r = resolveTown(singleTown);
    if (r?.kind !== 'single') throw new Error('no single town');
    house = r.house;
  });
  afterEach(() => {
    for (const dialog of document.querySelectorAll('sca-contact')) dialog.close();
    fixtureCleanup();
    setNow();
  });

  const cases: Array<{ name: string; session?: string; when?: string; cosponsor?: boolean; numbers: boolean; thanked: boolean; warning: RegExp | null }> = [
    { name: 'the data’s session, during it', session: String(number), numbers: true, thanked: true, warning: null },
    { name: 'unset: taken to be the data’s session, with a warning', numbers: true, thanked: true, warning: /bill-session is not set.*Set bill-session="\d+"/s },
    { name: 'the next session', session: String(number + 1), numbers: false, thanked: false, warning: /is not the session of this data/ },
    { name: 'an earlier session (ended)', session: String(number - 1), numbers: false, thanked: false, warning: /ended on/ },
    { name: 'the data’s session after it ended', session: String(number), when: BOSTON_MIDNIGHT, numbers: false, thanked: false, warning: /ended on .*leave the bill and amendment numbers out/s },
    { name: 'the data’s session the evening before it ends (UTC already the next day)', session: String(number), when: UTC_DAY_BOSTON_EVE, numbers: true, thanked: true, warning: null },
    { name: 'not a session number', session: 'next year', numbers: false, thanked: false, warning: /is not a General Court number/ },
  ];
  for (const c of cases) {
    it(c.name, async () => {
      if (c.when) setNow(c.when);
      const code = house.member!.code;
      let element!: SafeCommunitiesContact;
      const warnings = await captureWarnings(async () => {
        element = await resultsFor(html`<sca-contact bill-house="H.2580" bill-senate="S.1681" bill-session=${c.session ?? ''} cosponsors=${code}></sca-contact>`);
      });
      const [houseCall, senateCall] = callScripts(element);
      expect(houseCall!.includes('(H.2580)'), houseCall).to.equal(c.numbers);
      expect(senateCall!.includes('(S.1681)'), senateCall).to.equal(c.numbers);
      expect(houseCall).to.contain('the Safe Communities Act');
      expect(houseCall!.includes('to thank'), 'co-sponsor thanked').to.equal(c.thanked);
      const about = warnings.filter((w) => w.includes('bill numbers and co-sponsors'));
      if (c.warning) {
        expect(about, warnings.join('\n')).to.have.length(1);
        expect(about[0]).to.match(c.warning);
      } else expect(about, warnings.join('\n')).to.deep.equal([]);
    });
  }

  it('names a co-sponsor code that is not in the data, once', async () => {
    const warnings = await captureWarnings(async () => {
      const element = await resultsFor(html`<sca-contact bill-house="H.2580" bill-session=${String(number)} cosponsors="${first!.code},NOPE9"></sca-contact>`);
      element.requestUpdate();
      await settle(element);
    });
    const about = warnings.filter((w) => w.includes('bill numbers and co-sponsors'));
    expect(about).to.have.length(1);
    expect(about[0]).to.contain('co-sponsor "NOPE9" is not the member code of a sitting legislator').and.not.to.contain(`"${first!.code}"`);
  });

  it('<sca-campaign> passes bill-session and the JSON billSession through', async () => {
    type Campaign = HTMLElement & { updateComplete: Promise<boolean> };
    const byAttribute = await fixture<Campaign>(html`<sca-campaign bill-house="H.2580" bill-session=${String(number + 1)}></sca-campaign>`);
    await byAttribute.updateComplete;
    expect(byAttribute.shadowRoot!.querySelector('sca-contact')!.getAttribute('bill-session')).to.equal(String(number + 1));
    fixtureCleanup();

    const byJson = await fixture<Campaign>(html`<sca-campaign bill-house="H.2580"></sca-campaign>`);
    const script = document.createElement('script');
    script.type = 'application/json';
    script.textContent = JSON.stringify({ billSession: number + 1 });
    byJson.append(script);
    await until(() => byJson.shadowRoot!.querySelector('sca-contact')!.getAttribute('bill-session') === String(number + 1), 'billSession from JSON');
  });
});

describe('a new member whose contact details are not published yet', () => {
  afterEach(() => {
    for (const dialog of document.querySelectorAll('sca-contact')) dialog.close();
    fixtureCleanup();
  });

  it('gets a card that says so and leads to the official page', async () => {
    const r = resolveTown(singleTown);
    if (r?.kind !== 'single') throw new Error('no single town');
    const seat = r.house as unknown as { member: Legislator | null };
    const real = seat.member!;
    // As the import writes a member listed before their code, email and phone are known.
    seat.member = { ...real, name: 'Pat Newmember', code: '', email: '', phone: null, profileUrl: FIND_MY_LEGISLATOR_URL };
    try {
      const element = await resultsFor(html`<sca-contact chamber="house"></sca-contact>`);
      const card = all(element, '[part="legislator"]')[0]!;
      expect(text(card.querySelector('h4')!)).to.equal('Pat Newmember');
      expect(text(card)).to.contain('This office’s phone and email are not published yet.');
      expect(card.querySelector(`.no-contact a[href="${FIND_MY_LEGISLATOR_URL}"]`)).to.not.equal(null);
      expect(card.querySelector('a[href^="tel:"], a[href^="mailto:"]')).to.equal(null);
    } finally {
      seat.member = real;
    }
  });
});
