// <sca-contact>. Step 3: the legislators’ cards, their scripts, and the events they fire.
import { expect, html, oneEvent } from '@open-wc/testing';
import { allLegislators, allMunicipalities, resolveTown } from '../../../src/lookup/index.js';
import { all, one, shadow, text } from '../../helpers.js';
import { choosePrecinct, contactAt, findTown, openDialog, precinctIn, renderContact, settle, singleTownWhere } from '../../contact-helpers.js';
import '../../../src/index.js';

describe('<sca-contact>', () => {
  afterEach(() => {
    for (const dialog of document.querySelectorAll('sca-contact')) dialog.close();
  });

  describe('results', () => {
    it('gives phone and email links, a call script, voicemail and email naming the legislator and the town', async () => {
      const element = await contactAt('Abington', html`<sca-contact bill-house="H.2580" bill-senate="S.1681"></sca-contact>`);
      const card = all(element, '[part="legislator"]')[0]!;
      const rep = allLegislators().find((legislator) => legislator.district === '7th Plymouth')!;
      const tel = card.querySelector<HTMLAnchorElement>('a[href^="tel:"]')!;
      expect(tel.getAttribute('href')).to.equal(`tel:+1-${rep.phone}`);
      const mailto = card.querySelector<HTMLAnchorElement>('a[href^="mailto:"]')!.getAttribute('href')!;
      expect(mailto).to.match(new RegExp(`^mailto:${rep.email}\\?subject=`));
      const body = decodeURIComponent(mailto.split('&body=')[1]!);
      expect(body).to.contain('Abington').and.to.contain('(H.2580)');
      const scripts = [...card.querySelectorAll('[part="script"]')].map(text);
      const lastName = rep.name.split(' ').at(-1)!;
      expect(scripts[0]).to.contain(`Representative ${lastName}`).and.to.contain('Abington').and.to.contain('the Safe Communities Act (H.2580)');
      expect(scripts[1]!.length).to.be.lessThan(scripts[0]!.length);
      const senatorScript = text(all(element, '[part="legislator"]')[1]!.querySelector('[part="script"]')!);
      expect(senatorScript).to.contain('Senator').and.to.contain('(S.1681)');
    });

    it('shows the data date and a report link that the partner can set', async () => {
      const element = await contactAt('Abington', html`<sca-contact report-url="https://example.org/report"></sca-contact>`);
      const asOf = one(element, '.as-of');
      expect(text(asOf)).to.contain('August 5, 2026');
      expect(asOf.querySelector('a')!.getAttribute('href')).to.equal('https://example.org/report');
    });

    it('shows only the representative with chamber="house"', async () => {
      const element = await contactAt('Abington', html`<sca-contact chamber="house"></sca-contact>`);
      expect(all(element, '.meta').map(text)).to.deep.equal(['State Representative · 7th Plymouth · Republican']);
    });

    it('thanks a co-sponsor instead of asking', async () => {
      const rep = allLegislators().find((legislator) => legislator.district === '7th Plymouth')!;
      const element = await contactAt('Abington', html`<sca-contact cosponsors="XYZ9, ${rep.code.toLowerCase()}"></sca-contact>`);
      const [repCard, senatorCard] = all(element, '[part="legislator"]');
      expect(text(repCard!.querySelector('[part="script"]')!)).to.contain('thank').and.to.contain('for co-sponsoring');
      expect(text(repCard!.querySelector('.stance')!)).to.contain('co-sponsor');
      expect(text(senatorCard!.querySelector('[part="script"]')!)).to.contain('ask').and.not.to.contain('for co-sponsoring');
    });

    it('says a seat is vacant and points to the other chamber', async function () {
      if (!allMunicipalities().some((name) => { const r = resolveTown(name); return r?.kind === 'single' && !r.house.member; })) this.skip(); // no such seat in this snapshot
      const town = singleTownWhere((_house, _senate, vacant) => vacant);
      const element = await contactAt(town, html`<sca-contact chamber="house"></sca-contact>`);
      const cards = all(element, '[part="legislator"]');
      expect(cards).to.have.length(2);
      expect(text(cards[0]!)).to.contain('vacant').and.to.contain('contact your senator');
      expect(text(cards[1]!.querySelector('.meta')!)).to.match(/^State Senator/);
    });

    it('offers email only for a legislator without a phone', async function () {
      const noPhone = allLegislators().find((legislator) => legislator.phone === null && legislator.email);
      if (!noPhone) this.skip(); // everyone has a phone in this snapshot
      if (!noPhone) return;
      const { town, ward, precinct } = precinctIn(noPhone.district);
      const element = await contactAt(town, html`<sca-contact chamber=${noPhone.chamber}></sca-contact>`);
      await choosePrecinct(element, ward, precinct);
      const card = all(element, '[part="legislator"]')[0]!;
      expect(text(card.querySelector('h4')!)).to.equal(noPhone.name);
      expect(card.querySelector('a[href^="tel:"]')).to.equal(null);
      expect(text(card)).to.contain('No office phone is listed');
      expect(card.querySelector('a[href^="mailto:"]')).not.to.equal(null);
      expect([...card.querySelectorAll('button')].map(text)).not.to.include('I called');
    });

    it('closes from the end of the list too, where a phone has scrolled the header\'s × away', async () => {
      // Opened from the focused button, as a keyboard or screen-reader user opens it.
      const element = await renderContact();
      one(element, '.open').focus();
      await openDialog(element);
      await findTown(element, 'Abington');
      const dialog = one(element, 'dialog') as HTMLDialogElement;
      const close = all(element, '.step .actions button').find((button) => text(button) === 'Close');
      expect(close, 'a Close button after the cards').not.to.equal(undefined);
      const closed = oneEvent(dialog, 'close');
      close!.click();
      await closed;
      await settle(element);
      expect(dialog.open).to.equal(false);
      // Compared as a boolean: chai describing two elements when they differ can stall the page.
      expect(shadow(element).activeElement === one(element, '.open'), 'focus goes back to the button that opened it').to.equal(true);
    });

    it('announces the legislators found through the live region', async () => {
      const element = await contactAt('Abington');
      const status = one(element, '[role="status"]');
      // The region is emptied first and refilled a moment later, so repeated messages are spoken.
      await new Promise((resolve) => setTimeout(resolve, 200));
      await settle(element);
      expect(text(status)).to.equal('Found your legislators: Alyson Sullivan-Almeida and John Keenan.');
      expect(shadow(element).activeElement?.textContent).to.equal('Your legislators');
    });
  });

  describe('events carry no personal data', () => {
    it('fires sca-action (and its deprecated alias sca-contact right after) on call, email and copy, and sca-outcome on "I called"', async () => {
      const element = await contactAt('Abington');
      const card = all(element, '[part="legislator"]')[0]!;
      const seen: Array<{ type: string; detail: unknown }> = [];
      const record = (event: Event) => seen.push({ type: event.type, detail: (event as CustomEvent).detail });
      const stopNavigation = (event: Event) => event.preventDefault();
      document.addEventListener('sca-action', record);
      document.addEventListener('sca-contact', record);
      document.addEventListener('sca-outcome', record);
      document.addEventListener('click', stopNavigation);
      const originalWrite = navigator.clipboard.writeText;
      const copied: string[] = [];
      navigator.clipboard.writeText = async (value: string) => {
        copied.push(value);
      };
      try {
        card.querySelector<HTMLAnchorElement>('a[href^="tel:"]')!.click();
        card.querySelector<HTMLAnchorElement>('a[href^="mailto:"]')!.click();
        card.querySelector('details')!.open = true;
        [...card.querySelectorAll('button')].find((button) => text(button) === 'Copy call script')!.click();
        await settle(element);
        [...card.querySelectorAll('button')].find((button) => text(button) === 'I called')!.click();
        await settle(element);
      } finally {
        document.removeEventListener('sca-action', record);
        document.removeEventListener('sca-contact', record);
        document.removeEventListener('sca-outcome', record);
        document.removeEventListener('click', stopNavigation);
        navigator.clipboard.writeText = originalWrite;
      }
      const rep = allLegislators().find((legislator) => legislator.district === '7th Plymouth')!;
      const base = { target: 'own', chamber: 'house', district: '7th Plymouth', legislator: rep.name };
      expect(seen).to.deep.equal([
        ...(['call', 'email', 'copy'] as const).flatMap((channel) => [
          { type: 'sca-action', detail: { channel, ...base } },
          { type: 'sca-contact', detail: { channel, ...base } },
        ]),
        { type: 'sca-outcome', detail: { outcome: 'called', ...base } },
      ]);
      expect(JSON.stringify(seen)).not.to.contain('Abington');
      expect(copied[0]).to.contain('Abington');
      expect(text(one(element, '.notice'))).to.equal('Call script copied.');
      expect(text(card.querySelector('.thanks')!)).to.equal('Thank you for calling!');
    });

    it('keeps the ward and precinct out of sca-lookup', async () => {
      const element = await contactAt('Cambridge');
      const lookup = oneEvent(element, 'sca-lookup');
      await choosePrecinct(element, '1', '2A');
      const { detail, bubbles, composed } = await lookup;
      expect({ bubbles, composed }).to.deep.equal({ bubbles: true, composed: true });
      expect(Object.keys(detail).sort()).to.deep.equal(['districts', 'method']);
      expect(JSON.stringify(detail)).not.to.match(/Cambridge|2A|ward/i);
    });
  });
});
