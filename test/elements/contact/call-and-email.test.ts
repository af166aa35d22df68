// A card's second number (the district office, where the data has one) and an email too long
// for a mailto: link, which the card copies instead of letting a mail program cut it. The people
// and numbers come from the data, not from this file.
import { expect, fixtureCleanup, html } from '@open-wc/testing';
import { findDistrictByName, resolveTown, type District } from '../../../src/lookup/index.js';
import { MAILTO_MAX } from '../../../src/contact/messages.js';
import type { ActionDetail } from '../../../src/elements/contact/events.js';
import { all, text } from '../../helpers.js';
import { contactAt, singleTownWhere } from '../../contact-helpers.js';
import '../../../src/index.js';

const cards = (element: HTMLElement) => all(element, '[part="legislator"]');
const pair = (town: string) => {
  const resolved = resolveTown(town);
  if (resolved?.kind !== 'single') throw new Error(`${town} is expected in one House and one Senate district`);
  return resolved;
};

describe('<sca-contact> second numbers and long emails', () => {
  afterEach(() => fixtureCleanup());

  it('a legislator with a district office: its number after the State House line, labelled; one without: none', async () => {
    const seated = (name: string, chamber: 'house' | 'senate') => Boolean(findDistrictByName(name, chamber)?.member);
    const town = singleTownWhere(
      (house, senate) => seated(house, 'house') && seated(senate, 'senate') && Boolean(districtPhone(house, 'house')) !== Boolean(districtPhone(senate, 'senate')),
    );
    const { house, senate } = pair(town);
    const element = await contactAt(town);
    const [repCard, senatorCard] = cards(element) as [HTMLElement, HTMLElement];
    for (const [card, district] of [
      [repCard, house],
      [senatorCard, senate],
    ] as Array<[HTMLElement, District]>) {
      const second = card.querySelector<HTMLAnchorElement>('.second-number a');
      const phone = district.member!.districtPhone;
      if (!phone) {
        expect(second, district.name).to.equal(null);
        continue;
      }
      expect(second!.getAttribute('href')).to.equal(`tel:+1-${phone}`);
      expect(text(second!)).to.equal(`Call the district office ${phone}`);
      // The capitol line stays first.
      const tels = [...card.querySelectorAll<HTMLAnchorElement>('a[href^="tel:"]')].map((link) => link.getAttribute('href'));
      expect(tels).to.deep.equal([`tel:+1-${district.member!.phone}`, `tel:+1-${phone}`]);
    }
  });

  it('the second number is a call: sca-action says so, with the card’s target', async () => {
    const town = singleTownWhere((house) => Boolean(districtPhone(house, 'house')));
    const element = await contactAt(town);
    const seen: ActionDetail[] = [];
    element.addEventListener('sca-action', (event) => seen.push(event.detail));
    element.shadowRoot!.addEventListener('click', (event) => event.preventDefault());
    cards(element)[0]!.querySelector<HTMLAnchorElement>('.second-number a')!.click();
    expect(seen).to.have.length(1);
    expect(seen[0]).to.include({ channel: 'call', target: 'own', chamber: 'house' });
  });

  it('an email body too long for a mailto: link: the link has the subject only, the button copies the body and says so', async () => {
    // A partner's long body (the same happens to a long email in the reader's language).
    const body = `Dear {title} {lastName},\n\n${'Les familles immigrées de notre ville ont besoin de ces protections. '.repeat(20)}\n\n[your name]`;
    const element = await contactAt('Abington', html`<sca-contact .templates=${{ ask: { emailBody: body } }}></sca-contact>`);
    const card = cards(element)[0]!;
    const link = card.querySelector<HTMLAnchorElement>('a[href^="mailto:"]')!;
    expect(link.href.length).to.be.at.most(MAILTO_MAX);
    expect(link.getAttribute('href')).not.to.contain('body=%');
    expect(text(link)).to.equal('Copy the email and open it');
    const hint = card.querySelector(`#${link.getAttribute('aria-describedby')!.split(' ')[1]}`);
    expect(text(hint!)).to.contain('too long for some mail programs');

    const copied: string[] = [];
    const original = Object.getOwnPropertyDescriptor(Navigator.prototype, 'clipboard');
    Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText: async (value: string) => void copied.push(value) } });
    const seen: string[] = [];
    element.addEventListener('sca-action', (event) => seen.push(event.detail.channel));
    element.shadowRoot!.addEventListener('click', (event) => event.preventDefault());
    try {
      link.click();
      for (let i = 0; i < 50 && !copied.length; i++) await new Promise((resolve) => setTimeout(resolve, 10));
    } finally {
      delete (navigator as { clipboard?: unknown }).clipboard;
      if (original) Object.defineProperty(Navigator.prototype, 'clipboard', original);
    }
    expect(copied).to.have.length(1);
    expect(copied[0]).to.contain('Les familles immigrées').and.to.contain('[your name]');
    expect(seen).to.deep.equal(['email', 'copy']);
    for (let i = 0; i < 50 && !cards(element)[0]!.querySelector('.notice'); i++) await new Promise((resolve) => setTimeout(resolve, 10));
    const notice = cards(element)[0]!.querySelector('.notice');
    expect(notice, text(cards(element)[0]!)).not.to.equal(null);
    expect(text(notice!)).to.equal('Email copied. Paste it into the new email.');
  });

  it('the default emails fit a mailto: link in English: the Email button opens them whole', async () => {
    const element = await contactAt('Abington');
    for (const card of cards(element)) {
      const link = card.querySelector<HTMLAnchorElement>('a[href^="mailto:"]');
      if (!link) continue;
      expect(text(link)).to.equal('Email');
      expect(link.getAttribute('href')).to.contain('&body=Dear%20');
      expect(card.querySelector('[id^="long-"]')).to.equal(null);
    }
  });
});

/** The district office phone of a district's member, by the district's name. */
function districtPhone(name: string, chamber: 'house' | 'senate'): string | null {
  return findDistrictByName(name, chamber)?.member?.districtPhone ?? null;
}
