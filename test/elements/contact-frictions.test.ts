// Frictions from a reader's walk-through (issue "The contact flow as parts a newcomer can find").
import { expect, fixtureCleanup } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { all, one, text } from '../helpers.js';
import { findTown, openDialog, renderContact, settle, typeTown } from '../contact-helpers.js';
import '../../src/index.js';

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
    expect(liveRegion(element)).to.contain('not found');
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
    const element = await renderContact();
    await openDialog(element);
    const input = await typeTown(element, 'cam');
    await sendKeys({ press: 'ArrowDown' });
    await settle(element);
    input.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', isComposing: true, bubbles: true, composed: true, cancelable: true }));
    await settle(element);
    expect(one(element, '#town')).to.exist;
    expect(input.getAttribute('aria-expanded')).to.equal('true');
  });
});
