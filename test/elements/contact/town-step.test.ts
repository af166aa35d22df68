// <sca-contact>. Step 1, "Where do you live?": the town combobox, unknown input, and readers outside Massachusetts.
import { expect, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { all, one, shadow, text } from '../../helpers.js';
import { contactAt, openDialog, reason, renderContact, settle, typeTown, typingAt } from '../../contact-helpers.js';
import '../../../src/index.js';

describe('<sca-contact>', () => {
  afterEach(() => {
    for (const dialog of document.querySelectorAll('sca-contact')) dialog.close();
  });

  describe('town combobox', () => {
    it('lists matches as options while focus stays in the field', async () => {
      const { element, input } = await typingAt('abing');
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
      const element = await contactAt('Cambrige');
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
      const element = await contactAt('Providence');
      const error = one(element, '#town-error');
      expect(text(error)).to.contain('"Providence"');
      expect(error.querySelector('.suggestions')).to.equal(null);
      expect(error.querySelector('a[href*="malegislature.gov"]')).not.to.equal(null);
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
});
