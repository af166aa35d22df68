// <sca-contact>. The button, the dialog (open, close, focus) and accessibility at every step.
import { expect, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { all, one, shadow, text } from '../../helpers.js';
import { choosePrecinct, clearTown, contactAt, findTown, openDialog, renderContact, settle, typeTown } from '../../contact-helpers.js';
import '../../../src/index.js';

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
      const element = await contactAt('Abington', html`<sca-contact theme="dark"></sca-contact>`);
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
