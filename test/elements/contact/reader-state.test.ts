// <sca-contact>. What the widget shows stays true to what the reader did: late answers, changed choices, focus.
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { SafeCommunitiesContact } from '../../../src/elements/contact/contact.js';
import { all, captureWarnings, one, shadow, text } from '../../helpers.js';
import { chooseOption, contactAt, findTown, openDialog, reason, renderContact, settle, typingAt } from '../../contact-helpers.js';
import '../../../src/index.js';

describe('<sca-contact>', () => {
  afterEach(() => {
    for (const dialog of document.querySelectorAll('sca-contact')) dialog.close();
  });

  describe('state stays true to what the reader did', () => {
    it('drops a late address answer after the reader moved on to another town', async () => {
      const element = await contactAt('Cambridge', html`<sca-contact lookup-endpoint="/__mock/lookup/slow"></sca-contact>`);
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
      const element = await contactAt('Boston');
      await chooseOption(element, '#ward', '1');
      await chooseOption(element, '#precinct', '3');
      await chooseOption(element, '#ward', '2');
      expect((one(element, '#precinct') as HTMLSelectElement).value).to.equal('');
    });

    it('keeps focus on the card after "I called"', async () => {
      const element = await contactAt('Abington');
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
      const element = await contactAt('xyzzy');
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
      const { element, input } = await typingAt('cam');
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
      const element = await contactAt('Abington');
      for (const card of all(element, '[part="legislator"]')) {
        const name = card.querySelector('h4')!;
        for (const control of card.querySelectorAll('a.button, button')) {
          expect(control.getAttribute('aria-describedby'), text(control)).to.equal(name.id);
        }
      }
    });
  });
});
