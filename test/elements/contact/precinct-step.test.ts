// <sca-contact>. Step 2, for a split town: ward and precinct, "I’m not sure", and a partner’s address lookup.
import { expect, html, oneEvent } from '@open-wc/testing';
import { allLegislators } from '../../../src/lookup/index.js';
import { all, one, shadow, text } from '../../helpers.js';
import { cardTitles, choosePrecinct, contactAt, reason, settle } from '../../contact-helpers.js';
import '../../../src/index.js';

describe('<sca-contact>', () => {
  afterEach(() => {
    for (const dialog of document.querySelectorAll('sca-contact')) dialog.close();
  });

  describe('split towns', () => {
    it('asks for ward and precinct, offering only the ones that exist', async () => {
      const element = await contactAt('Cambridge');
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
        const element = await contactAt('Cambridge');
        const lookup = oneEvent(element, 'sca-lookup');
        await choosePrecinct(element, '1', precinct);
        expect((await lookup).detail.method).to.equal('precinct');
        expect(reason(element)).to.match(new RegExp(`^Cambridge, ward 1, precinct ${precinct} is in the ${house} House district`));
        const expected = allLegislators().find((legislator) => legislator.district === house)!;
        expect(cardTitles(element)[0]).to.equal(expected.name);
      });
    }

    it('says which precinct is missing instead of guessing', async () => {
      const element = await contactAt('Cambridge');
      (one(element, '.step button[type="submit"]') as HTMLButtonElement).click();
      await settle(element);
      expect(text(one(element, '#precinct-error'))).to.equal('Choose your ward.');
    });

    it('"I\'m not sure" shows the candidate legislators and the official page, and no address field by default', async () => {
      const element = await contactAt('Cambridge');
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
      const element = await contactAt('Cambridge');
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

  describe('partner address lookup (lookup-endpoint)', () => {
    async function lookUpAddress(mode: string) {
      const element = await contactAt('Cambridge', html`<sca-contact lookup-endpoint="/__mock/lookup/${mode}"></sca-contact>`);
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
});
