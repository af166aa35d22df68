import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { SafeCommunitiesContact } from '../../src/elements/contact/contact.js';
import { allLegislators, allMunicipalities, resolvePrecinct, resolveTown } from '../../src/lookup/index.js';
import { all, captureWarnings, one, shadow, text } from '../helpers.js';
import { choosePrecinct, clearTown, findTown, openDialog, renderContact, settle, typeTown } from '../contact-helpers.js';
import '../../src/index.js';

const cardTitles = (element: SafeCommunitiesContact) => all(element, '[part="legislator"] h4').map(text);
const reason = (element: SafeCommunitiesContact) => text(one(element, '.reason'));

/** A town that lies wholly in one House and one Senate district, chosen by a predicate on them. */
/** A town, ward and precinct whose districts include the given one. */
function precinctIn(district: string): { town: string; ward: string | null; precinct: string } {
  for (const name of allMunicipalities()) {
    const resolution = resolveTown(name);
    if (resolution?.kind !== 'split') continue;
    for (const [ward, precincts] of resolution.precinctsByWard) {
      for (const precinct of precincts) {
        const wardOrNull = resolution.hasWards ? ward : null;
        const pair = resolvePrecinct(name, wardOrNull, precinct);
        if (pair && (pair.house.name === district || pair.senate.name === district)) return { town: name, ward: wardOrNull, precinct };
      }
    }
  }
  throw new Error(`no precinct in ${district}`);
}

function singleTownWhere(predicate: (house: string, senate: string, houseVacant: boolean) => boolean): string {
  for (const name of allMunicipalities()) {
    const resolution = resolveTown(name);
    if (resolution?.kind === 'single' && predicate(resolution.house.name, resolution.senate.name, !resolution.house.member)) {
      return name;
    }
  }
  throw new Error('no such town in the data');
}

describe('<sca-contact>', () => {
  afterEach(() => {
    for (const dialog of document.querySelectorAll('sca-contact')) dialog.close();
  });

  it('renders a button with a default or partner label', async () => {
    const element = await renderContact();
    expect(text(one(element, '[part="button"]'))).to.equal('Contact your legislators');
    element.label = 'Call your legislators now';
    await element.updateComplete;
    expect(text(one(element, '[part="button"]'))).to.equal('Call your legislators now');
    expect((one(element, 'dialog') as HTMLDialogElement).open).to.be.false;
  });

  describe('the dialog', () => {
    it('opens as a modal with focus in the town field, and Escape closes it and returns focus', async () => {
      const element = await renderContact();
      const dialog = await openDialog(element);
      expect(dialog.open).to.be.true;
      expect(dialog.matches(':modal')).to.be.true;
      expect(shadow(element).activeElement?.id).to.equal('town');
      await sendKeys({ press: 'Escape' });
      await settle(element);
      expect(dialog.open).to.be.false;
      expect(shadow(element).activeElement).to.equal(one(element, '[part="button"]'));
    });

    it('says the town stays on the device and that no status or citizenship is needed', async () => {
      const element = await renderContact();
      await openDialog(element);
      const hint = text(one(element, '#town-hint'));
      expect(hint).to.contain('stays on this device');
      expect(hint).to.contain('citizen').and.to.contain('immigration status');
      expect(one(element, '#town').getAttribute('aria-describedby')).to.contain('town-hint');
    });

    it('closes with the close button', async () => {
      const element = await renderContact();
      const dialog = await openDialog(element);
      one(element, '.close').click();
      await settle(element);
      expect(dialog.open).to.be.false;
    });
  });

  describe('town combobox', () => {
    it('lists matches as options while focus stays in the field', async () => {
      const element = await renderContact();
      await openDialog(element);
      const input = await typeTown(element, 'abing');
      expect(input.getAttribute('aria-expanded')).to.equal('true');
      const options = all(element, '[role="option"]');
      expect(options.map(text)).to.include('Abington');
      await sendKeys({ press: 'ArrowDown' });
      await settle(element);
      expect(shadow(element).activeElement).to.equal(input);
      expect(input.getAttribute('aria-activedescendant')).to.equal(options[0]!.id);
      expect(options[0]!.getAttribute('aria-selected')).to.equal('true');
      await sendKeys({ press: 'ArrowUp' });
      await settle(element);
      expect(input.getAttribute('aria-activedescendant')).to.equal(all(element, '[role="option"]').at(-1)!.id);
    });

    it('matches regardless of case, accents and neighborhood names', async () => {
      const element = await renderContact();
      await openDialog(element);
      await typeTown(element, 'EAST BOST');
      const option = all(element, '[role="option"]')[0]!;
      expect(text(option)).to.equal('East Boston (Boston)');
    });

    it('closes the list with one Escape without closing the dialog; the next Escape closes the dialog', async () => {
      const element = await renderContact();
      const dialog = await openDialog(element);
      const input = await typeTown(element, 'wor');
      await sendKeys({ press: 'Escape' });
      await settle(element);
      expect(dialog.open).to.be.true;
      expect(input.getAttribute('aria-expanded')).to.equal('false');
      expect(one(element, '[role="listbox"]').hidden).to.be.true;
      await sendKeys({ press: 'Escape' });
      await settle(element);
      expect(dialog.open).to.be.false;
    });

    it('takes the highlighted option with Enter and goes straight to the results', async () => {
      const element = await renderContact();
      await openDialog(element);
      await typeTown(element, 'Abingto');
      await sendKeys({ press: 'ArrowDown' });
      const lookup = oneEvent(element, 'sca-lookup');
      await sendKeys({ press: 'Enter' });
      const event = await lookup;
      await settle(element);
      expect(event.detail).to.deep.equal({ method: 'town', districts: { house: '7th Plymouth', senate: 'Norfolk and Plymouth' } });
      expect(reason(element)).to.equal('Abington is in the 7th Plymouth House district and the Norfolk and Plymouth Senate district.');
      expect(all(element, '.meta').map(text)).to.deep.equal([
        'State Representative · 7th Plymouth · Republican',
        'State Senator · Norfolk and Plymouth · Democratic',
      ]);
    });

    it('takes a click on an option', async () => {
      const element = await renderContact();
      await openDialog(element);
      await typeTown(element, 'turners f');
      all(element, '[role="option"]')[0]!.click();
      await settle(element);
      expect(reason(element)).to.match(/^Turners Falls is part of Montague, which is in the .+ House district/);
    });
  });

  describe('unknown and empty input', () => {
    it('asks for a town when the field is empty', async () => {
      const element = await renderContact();
      await openDialog(element);
      (one(element, 'button[type="submit"]') as HTMLButtonElement).click();
      await settle(element);
      expect(text(one(element, '#town-error'))).to.equal('Type the name of your city or town.');
      expect(one(element, '#town').getAttribute('aria-invalid')).to.equal('true');
    });

    it('offers "did you mean" for a misspelling, and the official page', async () => {
      const element = await renderContact();
      await openDialog(element);
      await findTown(element, 'Cambrige');
      const error = one(element, '#town-error');
      expect(text(error)).to.contain('We could not find "Cambrige"');
      const suggestion = error.querySelector<HTMLButtonElement>('.suggestions button')!;
      expect(text(suggestion)).to.equal('Cambridge');
      expect(error.querySelector('a')!.getAttribute('href')).to.equal('https://malegislature.gov/Search/FindMyLegislator');
      suggestion.click();
      await settle(element);
      expect(text(one(element, 'h3'))).to.equal('Cambridge has more than one district');
    });

    it('explains a place outside Massachusetts, with the official page and no suggestion', async () => {
      const element = await renderContact();
      await openDialog(element);
      await findTown(element, 'Providence');
      const error = one(element, '#town-error');
      expect(text(error)).to.contain('"Providence"');
      expect(error.querySelector('.suggestions')).to.equal(null);
      expect(error.querySelector('a[href*="malegislature.gov"]')).not.to.equal(null);
    });
  });

  describe('split towns', () => {
    it('asks for ward and precinct, offering only the ones that exist', async () => {
      const element = await renderContact();
      await openDialog(element);
      await findTown(element, 'Cambridge');
      const wards = [...(one(element, '#ward') as HTMLSelectElement).options].map((option) => option.value).filter(Boolean);
      expect(wards).to.deep.equal(['1', '2', '3', '4', '5', '6', '7', '8', '9', '10', '11']);
      expect((one(element, '#precinct') as HTMLSelectElement).disabled).to.be.true;
      const vote = one(element, '#precinct-hint').querySelector('a')!;
      expect(vote.getAttribute('href')).to.contain('sec.state.ma.us');
      const wardSelect = one(element, '#ward') as HTMLSelectElement;
      wardSelect.value = '1';
      wardSelect.dispatchEvent(new Event('change'));
      await settle(element);
      const precincts = [...(one(element, '#precinct') as HTMLSelectElement).options].map((option) => option.value).filter(Boolean);
      expect(precincts).to.include.members(['1', '2', '2A', '3']);
    });

    const cases = [
      { precinct: '2', house: '2nd Suffolk' },
      { precinct: '2A', house: '18th Suffolk' },
    ];
    for (const { precinct, house } of cases) {
      it(`Cambridge ward 1 precinct ${precinct} reaches the ${house} representative`, async () => {
        const element = await renderContact();
        await openDialog(element);
        await findTown(element, 'Cambridge');
        const lookup = oneEvent(element, 'sca-lookup');
        await choosePrecinct(element, '1', precinct);
        expect((await lookup).detail.method).to.equal('precinct');
        expect(reason(element)).to.match(new RegExp(`^Cambridge, ward 1, precinct ${precinct} is in the ${house} House district`));
        const expected = allLegislators().find((legislator) => legislator.district === house)!;
        expect(cardTitles(element)[0]).to.equal(expected.name);
      });
    }

    it('says which precinct is missing instead of guessing', async () => {
      const element = await renderContact();
      await openDialog(element);
      await findTown(element, 'Cambridge');
      (one(element, '.step button[type="submit"]') as HTMLButtonElement).click();
      await settle(element);
      expect(text(one(element, '#precinct-error'))).to.equal('Choose your ward.');
    });

    it('"I\'m not sure" shows the candidate legislators and the official page, and no address field by default', async () => {
      const element = await renderContact();
      await openDialog(element);
      await findTown(element, 'Cambridge');
      const toggle = all(element, '.actions .secondary')[0]!;
      toggle.click();
      await settle(element);
      expect(toggle.getAttribute('aria-expanded')).to.equal('true');
      const candidates = all(element, '.candidates li').map(text);
      expect(candidates.some((line) => line.endsWith('2nd Suffolk'))).to.be.true;
      expect(candidates.some((line) => line.endsWith('18th Suffolk'))).to.be.true;
      expect(one(element, '.unsure a').getAttribute('href')).to.equal('https://malegislature.gov/Search/FindMyLegislator');
      expect(shadow(element).querySelector('#address')).to.equal(null);
    });
  });

  describe('choosing from the candidates', () => {
    it('lets a reader who is not sure pick the legislator they recognize, and contact them', async () => {
      const element = await renderContact();
      await openDialog(element);
      await findTown(element, 'Cambridge');
      all(element, '.actions .secondary')[0]!.click();
      await settle(element);
      const candidate = all(element, '.candidate').find((button) => text(button).endsWith('18th Suffolk'))!;
      const rep = allLegislators().find((legislator) => legislator.district === '18th Suffolk')!;
      expect(text(candidate)).to.equal(`${rep.name} · 18th Suffolk`);
      const lookup = oneEvent(element, 'sca-lookup');
      candidate.click();
      expect((await lookup).detail).to.deep.equal({ method: 'list', districts: { house: '18th Suffolk' } });
      await settle(element);
      expect(reason(element)).to.equal(`You chose ${rep.name}, the representative for the 18th Suffolk district.`);
      expect(cardTitles(element)).to.deep.equal([rep.name]);
      expect(all(element, '[part="legislator"] a[href^="tel:"]')).to.have.length(1);
      expect(shadow(element).activeElement?.textContent).to.equal('Your legislator');
    });
  });

  describe('results', () => {
    it('gives phone and email links, a call script, voicemail and email naming the legislator and the town', async () => {
      const element = await renderContact(html`<sca-contact bill-house="H.2580" bill-senate="S.1681"></sca-contact>`);
      await openDialog(element);
      await findTown(element, 'Abington');
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
      const element = await renderContact(html`<sca-contact report-url="https://example.org/report"></sca-contact>`);
      await openDialog(element);
      await findTown(element, 'Abington');
      const asOf = one(element, '.as-of');
      expect(text(asOf)).to.contain('August 5, 2026');
      expect(asOf.querySelector('a')!.getAttribute('href')).to.equal('https://example.org/report');
    });

    it('shows only the representative with chamber="house"', async () => {
      const element = await renderContact(html`<sca-contact chamber="house"></sca-contact>`);
      await openDialog(element);
      await findTown(element, 'Abington');
      expect(all(element, '.meta').map(text)).to.deep.equal(['State Representative · 7th Plymouth · Republican']);
    });

    it('thanks a co-sponsor instead of asking', async () => {
      const rep = allLegislators().find((legislator) => legislator.district === '7th Plymouth')!;
      const element = await renderContact(html`<sca-contact cosponsors="XYZ9, ${rep.code.toLowerCase()}"></sca-contact>`);
      await openDialog(element);
      await findTown(element, 'Abington');
      const [repCard, senatorCard] = all(element, '[part="legislator"]');
      expect(text(repCard!.querySelector('[part="script"]')!)).to.contain('thank').and.to.contain('for co-sponsoring');
      expect(text(repCard!.querySelector('.stance')!)).to.contain('co-sponsor');
      expect(text(senatorCard!.querySelector('[part="script"]')!)).to.contain('ask').and.not.to.contain('for co-sponsoring');
    });

    it('says a seat is vacant and points to the other chamber', async function () {
      if (!allMunicipalities().some((name) => { const r = resolveTown(name); return r?.kind === 'single' && !r.house.member; })) this.skip(); // no such seat in this snapshot
      const town = singleTownWhere((_house, _senate, vacant) => vacant);
      const element = await renderContact(html`<sca-contact chamber="house"></sca-contact>`);
      await openDialog(element);
      await findTown(element, town);
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
      const element = await renderContact(html`<sca-contact chamber=${noPhone.chamber}></sca-contact>`);
      await openDialog(element);
      await findTown(element, town);
      await choosePrecinct(element, ward, precinct);
      const card = all(element, '[part="legislator"]')[0]!;
      expect(text(card.querySelector('h4')!)).to.equal(noPhone.name);
      expect(card.querySelector('a[href^="tel:"]')).to.equal(null);
      expect(text(card)).to.contain('No office phone is listed');
      expect(card.querySelector('a[href^="mailto:"]')).not.to.equal(null);
      expect([...card.querySelectorAll('button')].map(text)).not.to.include('I called');
    });

    it('announces the legislators found through the live region', async () => {
      const element = await renderContact();
      await openDialog(element);
      await findTown(element, 'Abington');
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
      const element = await renderContact();
      await openDialog(element);
      await findTown(element, 'Abington');
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
      const base = { chamber: 'house', district: '7th Plymouth', legislator: rep.name };
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
      const element = await renderContact();
      await openDialog(element);
      await findTown(element, 'Cambridge');
      const lookup = oneEvent(element, 'sca-lookup');
      await choosePrecinct(element, '1', '2A');
      const { detail, bubbles, composed } = await lookup;
      expect({ bubbles, composed }).to.deep.equal({ bubbles: true, composed: true });
      expect(Object.keys(detail).sort()).to.deep.equal(['districts', 'method']);
      expect(JSON.stringify(detail)).not.to.match(/Cambridge|2A|ward/i);
    });
  });

  describe('outside Massachusetts', () => {
    it('offers to share the page, copying the link when Web Share is missing', async () => {
      const element = await renderContact();
      await openDialog(element);
      const originalShare = Object.getOwnPropertyDescriptor(Navigator.prototype, 'share');
      const originalWrite = navigator.clipboard.writeText;
      const copied: string[] = [];
      navigator.clipboard.writeText = async (value: string) => {
        copied.push(value);
      };
      Object.defineProperty(Navigator.prototype, 'share', { value: undefined, configurable: true });
      try {
        [...all(element, 'button')].find((button) => text(button) === 'I don’t live in Massachusetts')!.click();
        await settle(element);
        expect(text(one(element, 'h3'))).to.equal('You can still help');
        [...all(element, 'button')].find((button) => text(button) === 'Share this page')!.click();
        await settle(element);
      } finally {
        if (originalShare) Object.defineProperty(Navigator.prototype, 'share', originalShare);
        else delete (Navigator.prototype as { share?: unknown }).share;
        navigator.clipboard.writeText = originalWrite;
      }
      expect(copied).to.deep.equal([location.href]);
      expect(text(one(element, '.notice'))).to.contain('Link copied');
    });
  });

  describe('partner address lookup (lookup-endpoint)', () => {
    async function lookUpAddress(mode: string) {
      const element = await renderContact(html`<sca-contact lookup-endpoint="/__mock/lookup/${mode}"></sca-contact>`);
      await openDialog(element);
      await findTown(element, 'Cambridge');
      all(element, '.actions .secondary')[0]!.click();
      await settle(element);
      const consent = text(one(element, '#address-consent'));
      const input = one(element, '#address') as HTMLInputElement;
      input.value = '10 Main Street';
      input.dispatchEvent(new InputEvent('input'));
      await settle(element);
      return { element, consent };
    }

    it('names where the address goes, sends it only on request, and uses the districts returned', async () => {
      const { element, consent } = await lookUpAddress('ok');
      expect(consent).to.contain(location.host);
      const before = await (await fetch('/__mock/lookup/last-request')).json();
      expect(before?.body?.address).not.to.equal('10 Main Street');
      const lookup = oneEvent(element, 'sca-lookup');
      (one(element, '.address button[type="submit"]') as HTMLButtonElement).click();
      const { detail } = await lookup;
      await settle(element);
      expect(detail).to.deep.equal({ method: 'address', districts: { house: '2nd Suffolk', senate: 'Middlesex and Suffolk' } });
      expect(reason(element)).to.equal('Your address is in the 2nd Suffolk House district and the Middlesex and Suffolk Senate district.');
      const sent = await (await fetch('/__mock/lookup/last-request')).json();
      expect(sent).to.deep.include({ method: 'POST', cookie: null, referer: null });
      expect(sent.body).to.deep.equal({ address: '10 Main Street', town: 'Cambridge' });
    });

    for (const [mode, message] of [
      ['http-error', 'The address lookup is not working right now.'],
      ['garbage', 'The address lookup sent back an answer we could not use.'],
      ['unknown-district', 'The address lookup sent back an answer we could not use.'],
      ['elsewhere', 'The address lookup sent back an answer we could not use.'],
      ['mismatched', 'The address lookup sent back an answer we could not use.'],
      ['redirect', 'The address lookup is not working right now.'],
    ] as const) {
      it(`explains a failing endpoint (${mode}) and links the official page`, async () => {
        const { element } = await lookUpAddress(mode);
        (one(element, '.address button[type="submit"]') as HTMLButtonElement).click();
        await new Promise((resolve) => setTimeout(resolve, 300));
        await settle(element);
        const error = one(element, '#address-error');
        expect(text(error)).to.contain(message);
        expect(error.querySelector('a')!.getAttribute('href')).to.equal('https://malegislature.gov/Search/FindMyLegislator');
        expect(one(element, '#address').getAttribute('aria-invalid')).to.equal('true');
      });
    }
  });

  describe('state stays true to what the reader did', () => {
    it('drops a late address answer after the reader moved on to another town', async () => {
      const element = await renderContact(html`<sca-contact lookup-endpoint="/__mock/lookup/slow"></sca-contact>`);
      await openDialog(element);
      await findTown(element, 'Cambridge');
      all(element, '.actions .secondary')[0]!.click();
      await settle(element);
      const input = one(element, '#address') as HTMLInputElement;
      input.value = '10 Main Street';
      input.dispatchEvent(new InputEvent('input'));
      await settle(element);
      const lookups: string[] = [];
      element.addEventListener('sca-lookup', (event) => lookups.push(event.detail.districts.house ?? ''));
      (one(element, '.address button[type="submit"]') as HTMLButtonElement).click();
      await settle(element);
      [...all(element, '.link-button')].find((button) => text(button) === 'Change town')!.click();
      await settle(element);
      await findTown(element, 'Abington');
      await new Promise((resolve) => setTimeout(resolve, 3500));
      await settle(element);
      expect(lookups).to.deep.equal(['7th Plymouth']);
      expect(reason(element)).to.match(/^Abington is in/);
    });

    it('shows the ward’s own precincts with none chosen after the ward changes', async () => {
      const element = await renderContact();
      await openDialog(element);
      await findTown(element, 'Boston');
      const ward = one(element, '#ward') as HTMLSelectElement;
      ward.value = '1';
      ward.dispatchEvent(new Event('change'));
      await settle(element);
      const precinct = one(element, '#precinct') as HTMLSelectElement;
      precinct.value = '3';
      precinct.dispatchEvent(new Event('change'));
      await settle(element);
      ward.value = '2';
      ward.dispatchEvent(new Event('change'));
      await settle(element);
      expect((one(element, '#precinct') as HTMLSelectElement).value).to.equal('');
    });

    it('keeps focus on the card after "I called"', async () => {
      const element = await renderContact();
      await openDialog(element);
      await findTown(element, 'Abington');
      const card = all(element, '[part="legislator"]')[0]!;
      const called = [...card.querySelectorAll('button')].find((button) => text(button) === 'I called')!;
      called.focus();
      await sendKeys({ press: 'Enter' });
      await settle(element);
      const focused = shadow(element).activeElement;
      expect(focused?.classList.contains('thanks')).to.be.true;
      expect(card.contains(focused)).to.be.true;
    });

    it('starts clean after "Back": no old error, field valid', async () => {
      const element = await renderContact();
      await openDialog(element);
      await findTown(element, 'xyzzy');
      expect(text(one(element, '#town-error'))).to.contain('xyzzy');
      [...all(element, 'button')].find((button) => text(button) === 'I don’t live in Massachusetts')!.click();
      await settle(element);
      [...all(element, 'button')].find((button) => text(button) === 'Back')!.click();
      await settle(element);
      expect(text(one(element, '#town-error'))).to.equal('');
      expect(one(element, '#town').getAttribute('aria-invalid')).to.equal('false');
      expect((one(element, '#town') as HTMLInputElement).value).to.equal('');
    });

    it('clears the active option when the list closes with Tab', async () => {
      const element = await renderContact();
      await openDialog(element);
      const input = await typeTown(element, 'cam');
      await sendKeys({ press: 'ArrowDown' });
      await settle(element);
      expect(input.hasAttribute('aria-activedescendant')).to.be.true;
      await sendKeys({ press: 'Tab' });
      await settle(element);
      expect(input.getAttribute('aria-expanded')).to.equal('false');
      expect(input.hasAttribute('aria-activedescendant')).to.be.false;
    });

    it('opens from a partner’s own button, before or after rendering, and gives focus back to it', async () => {
      const wrapper = await fixture<HTMLElement>(html`<div><button id="partner">Act</button><sca-contact></sca-contact></div>`);
      const element = wrapper.querySelector('sca-contact')!;
      const partner = wrapper.querySelector<HTMLButtonElement>('#partner')!;
      partner.focus();
      await element.open();
      expect((one(element, 'dialog') as HTMLDialogElement).open).to.be.true;
      element.close();
      await settle(element);
      expect(document.activeElement).to.equal(partner);
      const early = document.createElement('sca-contact');
      document.body.append(early);
      try {
        await early.open();
        expect((one(early, 'dialog') as HTMLDialogElement).open).to.be.true;
      } finally {
        early.close();
        early.remove();
      }
    });

    it('does not offer the address field for a plain-http endpoint, and says why in the console', async () => {
      let element!: SafeCommunitiesContact;
      const warnings = await captureWarnings(async () => {
        element = await renderContact(html`<sca-contact lookup-endpoint="http://lookup.example.org/x"></sca-contact>`);
      });
      expect(warnings.join()).to.contain('not an https address');
      await openDialog(element);
      await findTown(element, 'Cambridge');
      all(element, '.actions .secondary')[0]!.click();
      await settle(element);
      expect(shadow(element).querySelector('#address')).to.equal(null);
    });

    it('names each card’s legislator on its repeated buttons', async () => {
      const element = await renderContact();
      await openDialog(element);
      await findTown(element, 'Abington');
      for (const card of all(element, '[part="legislator"]')) {
        const name = card.querySelector('h4')!;
        for (const control of card.querySelectorAll('a.button, button')) {
          expect(control.getAttribute('aria-describedby'), text(control)).to.equal(name.id);
        }
      }
    });
  });

  describe('accessibility', () => {
    it('is accessible closed, at the town step with suggestions, at the precinct step and in the results', async () => {
      const element = await renderContact();
      await expect(element).to.be.accessible();
      await openDialog(element);
      await typeTown(element, 'cam');
      await sendKeys({ press: 'ArrowDown' });
      await settle(element);
      await expect(element).to.be.accessible();
      await sendKeys({ press: 'Escape' });
      await clearTown(element);
      await findTown(element, 'Cambridge');
      all(element, '.actions .secondary')[0]!.click();
      await settle(element);
      await expect(element).to.be.accessible();
      await choosePrecinct(element, '1', '2');
      for (const details of all(element, 'details')) (details as HTMLDetailsElement).open = true;
      await expect(element).to.be.accessible();
    });

    it('is accessible in the dark theme', async () => {
      const element = await renderContact(html`<sca-contact theme="dark"></sca-contact>`);
      await openDialog(element);
      await findTown(element, 'Abington');
      for (const details of all(element, 'details')) (details as HTMLDetailsElement).open = true;
      await expect(element).to.be.accessible();
    });

    it('has touch targets of at least 44px and fields of at least 16px', async () => {
      const element = await renderContact();
      await openDialog(element);
      let measured = 0;
      const checkTargets = () => {
        for (const target of all(element, 'button, .button, [role="option"], input, select, summary')) {
          if (target.getClientRects().length === 0) continue;
          measured++;
          const box = target.getBoundingClientRect();
          expect(Math.round(box.height), `${target.outerHTML.slice(0, 60)} height`).to.be.at.least(44);
          expect(Math.round(box.width), `${target.outerHTML.slice(0, 60)} width`).to.be.at.least(44);
        }
      };
      await typeTown(element, 'new');
      checkTargets();
      await sendKeys({ press: 'Escape' });
      await clearTown(element);
      await findTown(element, 'Abington');
      checkTargets();
      expect(measured).to.be.greaterThan(15);
      await sendKeys({ press: 'Escape' });
      const element2 = await renderContact();
      await openDialog(element2);
      expect(parseFloat(getComputedStyle(one(element2, '#town')).fontSize)).to.be.at.least(16);
    });
  });
});
