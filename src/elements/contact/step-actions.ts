/**
 * What the steps before the results do when the reader acts: the town field and its suggestions,
 * the ward and precinct choice, the partner's address lookup, sharing from "outside
 * Massachusetts", and "Try again" after a failed load. The element passes in where the step lives
 * and how to speak (as card-actions.ts does for the cards); an event that arrives after the
 * reader has moved on changes nothing. Its messages stay in the entry: "could not be loaded" must
 * show when the fetched ones could not.
 */
import { msg } from '@lit/localize';
import type { Chamber } from '../../lookup/index.js';
import { readTownQuery } from '../../contact/town-query.js';
import { shareLink } from '../../contact/clipboard.js';
import * as flow from './flow.js';
import type { PrecinctStep, Step, TownStep } from './flow.js';
import type { AddressLookup } from './controllers/address-lookup.js';
import type { TownCombobox } from './controllers/town-combobox.js';
import { townProblemAnnouncement, type TownStepActions } from './steps/town-step.js';
import { ADDRESS_MAX, type PrecinctStepActions } from './steps/precinct-step.js';
import { shareNotice, type OutsideStepActions } from './steps/outside-step.js';
import { addressProblemText, precinctProblemText } from './texts.js';
import { dialogNeeds } from './dialog-needs.js';

export interface StepHost {
  step(): Step;
  /** Replaces the step where the reader stays (an error, a choice). */
  set(step: Step): void;
  /** Moves to another step (focus, announcements: contact.ts). */
  goTo(next: Step): void;
  chambers(): Chamber[];
  startOver(): void;
  announce(text: string): void;
  /** The address typed on the precinct step. */
  address(): string;
  setAddress(address: string): void;
  /** The partner's https address lookup server, if any. */
  endpoint(): URL | null;
  /** The catalog parts this dialog needs (settings.ts). */
  needs(): Parameters<typeof dialogNeeds>[0];
  /** Focuses the first element matching the selector: now, or once rendered. */
  focus(selector: string): void;
  focusLater(selector: string): void;
  readonly combobox: TownCombobox;
  readonly addressLookup: AddressLookup;
}

export function stepActions(host: StepHost) {
  /** The current step when it is of this kind, or null when the reader has moved on (a late event). */
  const current = <K extends Step['kind']>(kind: K) => {
    const step = host.step();
    return step.kind === kind ? (step as Extract<Step, { kind: K }>) : null;
  };
  const findTown = (municipality: string, via: string | null) => {
    const next = flow.townChosen({ municipality, via }, host.chambers());
    if (!next) return;
    host.setAddress('');
    host.goTo(next);
  };
  const updatePrecinct = (change: (step: PrecinctStep) => PrecinctStep) => {
    const step = current('precinct');
    if (step) host.set(change(step));
  };

  const town = (step: TownStep): TownStepActions => ({
    submit(event) {
      event.preventDefault();
      host.combobox.close();
      const reading = readTownQuery(host.combobox.text);
      if (reading.kind === 'found') {
        findTown(reading.municipality, reading.via);
        return;
      }
      host.set({ kind: 'town', problem: reading });
      host.announce(townProblemAnnouncement(reading));
      host.focusLater('#town');
    },
    choose: (option) => host.combobox.choose(option),
    leftMassachusetts: () => host.goTo(flow.leftMassachusetts()),
    typed: () => step.problem && host.set(flow.START),
  });

  const precinct = (step: PrecinctStep): PrecinctStepActions => ({
    wardChanged: (ward) => updatePrecinct((now) => flow.wardPicked(now, ward)),
    precinctChanged: (chosen) => updatePrecinct((now) => flow.precinctPicked(now, chosen)),
    submit(event) {
      event.preventDefault();
      const now = current('precinct');
      if (!now) return;
      const next = flow.precinctSubmitted(now, host.chambers());
      if (next.kind === 'precinct' && next.problem) {
        host.set(next);
        host.announce(precinctProblemText(next.problem));
        return;
      }
      host.goTo(next);
    },
    toggleUnsure: () => updatePrecinct(flow.unsureToggled),
    changeTown: () => host.startOver(),
    candidate: (district) => host.goTo(flow.candidateChosen(step, district, host.chambers())),
    addressInput: (address) => host.setAddress(address),
    addressSubmit: (event) => void addressSubmit(event),
    /**
     * The consent line says nothing is sent unless the reader presses the button: Enter in the
     * field moves to the button (which names the server) instead of sending.
     */
    addressKeydown(event) {
      if (event.key !== 'Enter' || event.isComposing) return;
      event.preventDefault();
      host.focus('.address button[type="submit"]');
    },
  });

  async function addressSubmit(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const step = current('precinct');
    const endpoint = host.endpoint();
    if (!step || !endpoint) return;
    if (host.address().trim()) host.announce(msg('Looking up your address…'));
    const pair = await host.addressLookup.run(endpoint, host.address().slice(0, ADDRESS_MAX), step.split.municipality, step.split.pairs);
    if (pair) {
      host.setAddress('');
      host.goTo(flow.districtsFound(step, pair, host.chambers()));
    } else if (host.addressLookup.status === 'error') {
      host.announce(addressProblemText(host.addressLookup.problem));
    }
  }

  async function share(): Promise<void> {
    const outcome = await shareLink(document.title, location.href);
    if (!current('outside')) return;
    const notice = shareNotice(outcome);
    host.set({ kind: 'outside', notice });
    if (notice) host.announce(notice());
  }
  const outside: OutsideStepActions = { share: () => void share(), back: () => host.startOver() };

  /** "Try again" after the district tables or the scripts failed: the town step once they are in. */
  async function retry(): Promise<void> {
    if (await dialogNeeds(host.needs())) host.goTo(flow.START);
    else host.announce(msg('The list of legislators could not be loaded'));
  }

  return { current, findTown, town, precinct, outside, retry };
}
