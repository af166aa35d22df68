// Steps of the contact flow as a reader takes them, shared by the element tests.
import { fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { SafeCommunitiesContact } from '../src/elements/contact/contact.js';
import { all, one, text } from './helpers.js';
import { allMunicipalities, resolvePrecinct, resolveTown } from '../src/lookup/index.js';
import '../src/index.js';

export async function renderContact(template = html`<sca-contact></sca-contact>`) {
  const element = await fixture<SafeCommunitiesContact>(template);
  await element.updateComplete;
  return element;
}

export async function settle(element: SafeCommunitiesContact) {
  // Two rounds: some handlers update state after the first render (announcements, focus).
  await element.updateComplete;
  await new Promise((resolve) => setTimeout(resolve));
  await element.updateComplete;
}

/** Presses the button and waits for the dialog: it opens once its messages are in (a fetch outside English). */
export async function openDialog(element: SafeCommunitiesContact) {
  one(element, '[part="button"]').click();
  for (let i = 0; i < 300 && !(element.shadowRoot?.querySelector('dialog') as HTMLDialogElement | null)?.open; i++) {
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  await settle(element);
  return one(element, 'dialog') as HTMLDialogElement;
}

export async function typeTown(element: SafeCommunitiesContact, value: string) {
  const input = one(element, '#town') as HTMLInputElement;
  input.focus();
  await sendKeys({ type: value });
  await settle(element);
  return input;
}

export async function findTown(element: SafeCommunitiesContact, value: string) {
  await typeTown(element, value);
  await sendKeys({ press: 'Enter' });
  await settle(element);
}

/** Chooses `value` in the select `selector` as a reader would (the change event included). */
export async function chooseOption(element: SafeCommunitiesContact, selector: string, value: string) {
  const select = one(element, selector) as HTMLSelectElement;
  select.value = value;
  select.dispatchEvent(new Event('change'));
  await settle(element);
  return select;
}

export async function choosePrecinct(element: SafeCommunitiesContact, ward: string | null, precinct: string) {
  if (ward !== null) await chooseOption(element, '#ward', ward);
  await chooseOption(element, '#precinct', precinct);
  (one(element, '.step button[type="submit"]') as HTMLButtonElement).click();
  await settle(element);
}

/** Empties the town field as a reader would (select all, delete). */
export async function clearTown(element: SafeCommunitiesContact) {
  const input = one(element, '#town') as HTMLInputElement;
  input.focus();
  input.select();
  await sendKeys({ press: 'Backspace' });
  await settle(element);
}

/** The dialog open with `value` typed in the town field, as a reader types it. */
export async function typingAt(value: string, template = html`<sca-contact></sca-contact>`) {
  const element = await renderContact(template);
  await openDialog(element);
  const input = await typeTown(element, value);
  return { element, input };
}

/** The dialog open at the results (or ward and precinct step) for a town, as a reader gets there. */
export async function contactAt(town: string, template = html`<sca-contact></sca-contact>`) {
  const element = await renderContact(template);
  await openDialog(element);
  await findTown(element, town);
  return element;
}

export const cardTitles = (element: SafeCommunitiesContact) => all(element, '[part="legislator"] h4').map(text);
export const reason = (element: SafeCommunitiesContact) => text(one(element, '.reason'));

/** A town, ward and precinct whose districts include the given one. */
export function precinctIn(district: string): { town: string; ward: string | null; precinct: string } {
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

/** A town that lies wholly in one House and one Senate district, chosen by a predicate on them. */
export function singleTownWhere(predicate: (house: string, senate: string, houseVacant: boolean) => boolean): string {
  for (const name of allMunicipalities()) {
    const resolution = resolveTown(name);
    if (resolution?.kind === 'single' && predicate(resolution.house.name, resolution.senate.name, !resolution.house.member)) {
      return name;
    }
  }
  throw new Error('no such town in the data');
}
