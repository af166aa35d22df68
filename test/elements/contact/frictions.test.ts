// Frictions from a reader's walk-through (issue "The contact flow as parts a newcomer can find").
import { expect, fixtureCleanup } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { all, one, text } from '../../helpers.js';
import { html } from '@open-wc/testing';
import { resolveTown } from '../../../src/lookup/index.js';
import { chooseOption, choosePrecinct, findTown, openDialog, renderContact, settle, typeTown, typingAt } from '../../contact-helpers.js';
import '../../../src/index.js';

const liveRegion = (element: HTMLElement) => text(one(element, '[role="status"]'));
const afterAnnouncement = () => new Promise((resolve) => setTimeout(resolve, 250));

afterEach(() => {
  for (const contact of document.querySelectorAll('sca-contact')) contact.close();
  fixtureCleanup();
});

describe('the live region starts clean on each step', () => {
  it('a town that was not found is not still "said" on the next town’s ward step', async () => {
    const element = await renderContact();
    await openDialog(element);
    await findTown(element, 'Sommervile Heights');
    await afterAnnouncement();
    expect(liveRegion(element)).to.contain('only Massachusetts');
    const input = one(element, '#town') as HTMLInputElement;
    input.select();
    await sendKeys({ press: 'Backspace' });
    await findTown(element, 'Lawrence');
    await afterAnnouncement();
    expect(one(element, 'h3').textContent).to.contain('Lawrence');
    expect(liveRegion(element)).to.equal('');
  });

  it('"Start over" leaves nothing of "Found your legislators"', async () => {
    const element = await renderContact();
    await openDialog(element);
    await findTown(element, 'Abington');
    await afterAnnouncement();
    expect(liveRegion(element)).to.contain('Found your legislators');
    [...all(element, '.link-button')].find((button) => text(button) === 'Start over')!.click();
    await settle(element);
    await afterAnnouncement();
    expect(liveRegion(element)).to.equal('');
    await typeTown(element, 'Ab');
    expect(liveRegion(element)).to.equal('');
  });
});

describe('the town list by keyboard', () => {
  it('keeps the highlighted option in sight after eight ArrowDown presses', async () => {
    const element = await renderContact();
    await openDialog(element);
    await typeTown(element, 'an');
    for (let i = 0; i < 8; i++) await sendKeys({ press: 'ArrowDown' });
    await settle(element);
    const list = one(element, '[role="listbox"]');
    const active = one(element, '[role="option"][aria-selected="true"]');
    const [outer, inner] = [list.getBoundingClientRect(), active.getBoundingClientRect()];
    expect(list.scrollHeight).to.be.greaterThan(list.clientHeight, 'the list scrolls at all');
    expect(inner.top).to.be.at.least(outer.top - 1);
    expect(inner.bottom).to.be.at.most(outer.bottom + 1);
  });

  it('Enter that ends an IME composition picks nothing', async () => {
    const { element, input } = await typingAt('cam');
    await sendKeys({ press: 'ArrowDown' });
    await settle(element);
    input.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', isComposing: true, bubbles: true, composed: true, cancelable: true }));
    await settle(element);
    expect(one(element, '#town')).to.exist;
    expect(input.getAttribute('aria-expanded')).to.equal('true');
  });
});

const options = (element: HTMLElement) => all(element, '[role="option"]').map((option) => text(option));
const button = (element: HTMLElement, label: string) => all(element, 'button').find((candidate) => text(candidate) === label);

describe('suggestions while typing', () => {
  it('a misspelling keeps a list: "Sommerville" offers Somerville, marked as a guess', async () => {
    const { element, input } = await typingAt('Sommerville');
    expect(input.getAttribute('aria-expanded')).to.equal('true');
    expect(options(element)).to.include('Somerville');
    expect(one(element, '[role="listbox"]').getAttribute('aria-label')).to.equal('Did you mean:');
  });

  it('"Cambridge, MA" (and "Cambridge, M" on the way) still lists Cambridge', async () => {
    const element = await renderContact();
    await openDialog(element);
    await typeTown(element, 'Cambridge, M');
    expect(options(element)[0]).to.equal('Cambridge');
    await typeTown(element, 'A');
    expect(options(element)[0]).to.equal('Cambridge');
    expect(one(element, '[role="listbox"]').getAttribute('aria-label')).to.equal('Cities and towns');
  });

  it('the number of suggestions is announced', async () => {
    const element = await renderContact();
    await openDialog(element);
    await typeTown(element, 'Cambr');
    await afterAnnouncement();
    const count = options(element).length;
    expect(liveRegion(element)).to.equal(count === 1 ? '1 suggestion' : `${count} suggestions`);
  });
});

describe('a place outside Massachusetts', () => {
  for (const place of ['Providence', 'Nashua']) {
    it(`${place}: says only Massachusetts is covered and points to "I don’t live in Massachusetts"`, async () => {
      const element = await renderContact();
      await openDialog(element);
      await findTown(element, place);
      await afterAnnouncement();
      const error = text(one(element, '#town-error'));
      expect(error).to.contain('This tool covers only Massachusetts');
      expect(error).to.contain('“I don’t live in Massachusetts”');
      expect(error).not.to.contain('choose a suggestion');
      expect(liveRegion(element)).to.contain('only Massachusetts');
      expect(button(element, 'I don’t live in Massachusetts')).to.exist;
      // Typing again: the message about the earlier text goes.
      await typeTown(element, 'x');
      expect(text(one(element, '#town-error'))).to.equal('');
      expect(one(element, '#town').getAttribute('aria-invalid')).to.equal('false');
    });
  }
});

describe('"I’m not sure": one legislator per chamber', () => {
  it('Cambridge: pick a representative, come back for the senator, and see both', async () => {
    const element = await renderContact();
    await openDialog(element);
    await findTown(element, 'Cambridge');
    button(element, 'I’m not sure')!.click();
    await settle(element);
    all(element, '.unsure .candidates')[0]!.querySelector<HTMLButtonElement>('.candidate')!.click();
    await settle(element);
    expect(all(element, '[part="legislator"]')).to.have.length(1);
    button(element, 'Choose your senator too')!.click();
    await settle(element);
    // Back on the list, without retyping the town; the pick is kept and shown as pressed.
    expect(text(one(element, 'h3'))).to.contain('Cambridge');
    expect(all(element, '.candidate[aria-pressed="true"]')).to.have.length(1);
    const lookup = new Promise<CustomEvent>((resolve) => element.addEventListener('sca-lookup', (event) => resolve(event as CustomEvent), { once: true }));
    all(element, '.unsure .candidates')[1]!.querySelector<HTMLButtonElement>('.candidate')!.click();
    const detail = (await lookup).detail;
    await settle(element);
    expect(Object.keys(detail.districts).sort()).to.deep.equal(['house', 'senate']);
    expect(all(element, '[part="legislator"]')).to.have.length(2);
    expect(text(one(element, 'h3'))).to.equal('Your legislators');
    expect(button(element, 'Choose your senator too')).to.equal(undefined);
  });

  it('a split town with one Senate district: picking the representative shows the senator too', async () => {
    const towns = ['Abington', 'Newton', 'Quincy', 'Brockton', 'Lynn', 'Framingham', 'Waltham', 'Weymouth', 'Plymouth', 'Medford', 'Malden', 'Taunton', 'Haverhill', 'Peabody', 'Revere'];
    const town = towns.find((name) => {
      const resolution = resolveTown(name);
      return resolution?.kind === 'split' && resolution.candidates.senate.length === 1 && resolution.candidates.senate[0]!.member && resolution.candidates.house.length > 1;
    });
    expect(town, 'one of these towns has one Senate district and several House districts').to.be.a('string');
    const element = await renderContact();
    await openDialog(element);
    await findTown(element, town!);
    button(element, 'I’m not sure')!.click();
    await settle(element);
    all(element, '.unsure .candidates')[0]!.querySelector<HTMLButtonElement>('.candidate')!.click();
    await settle(element);
    expect(all(element, '[part="legislator"]')).to.have.length(2);
    expect(text(one(element, '.reason'))).to.contain(`All of ${town} is in the`);
  });
});

describe('the wording follows the count', () => {
  it('chamber="house": the button and title say "representative", the results "Your legislator"', async () => {
    const element = await renderContact(html`<sca-contact chamber="house"></sca-contact>`);
    expect(text(one(element, '[part="button"]'))).to.equal('Contact your representative');
    await openDialog(element);
    expect(text(one(element, '#dialog-title'))).to.equal('Contact your representative');
    await findTown(element, 'Abington');
    await afterAnnouncement();
    expect(text(one(element, 'h3'))).to.equal('Your legislator');
    expect(liveRegion(element)).to.match(/^Found your legislator: [^,]+\.$/);
  });

  it('chamber="senate" says "senator"; both chambers say "legislators"', async () => {
    const senate = await renderContact(html`<sca-contact chamber="senate"></sca-contact>`);
    expect(text(one(senate, '[part="button"]'))).to.equal('Contact your senator');
    const both = await renderContact();
    expect(text(one(both, '[part="button"]'))).to.equal('Contact your legislators');
    await openDialog(both);
    await findTown(both, 'Abington');
    await afterAnnouncement();
    expect(liveRegion(both)).to.match(/^Found your legislators: .+ and .+\.$/);
  });
});

describe('the ward and precinct selects show what the step holds', () => {
  it('a new ward empties the precinct choice, with no stale option left showing', async () => {
    const element = await renderContact();
    await openDialog(element);
    await findTown(element, 'Cambridge');
    await chooseOption(element, '#ward', '1');
    await chooseOption(element, '#precinct', (one(element, '#precinct') as HTMLSelectElement).options[2]!.value);
    await chooseOption(element, '#ward', '2');
    expect((one(element, '#precinct') as HTMLSelectElement).value).to.equal('');
    expect((one(element, '#ward') as HTMLSelectElement).value).to.equal('2');
    await choosePrecinct(element, null, (one(element, '#precinct') as HTMLSelectElement).options[1]!.value);
    expect(text(one(element, 'h3'))).to.match(/^Your legislators?$/);
  });
});
