/**
 * What <sca-contact>'s attributes mean at one update: the partner's input cleaned, the ask, the
 * bill numbers and co-sponsors that still apply, the extra people of `also-contact`, whether the
 * data's General Court has ended, and which scripts' parts the cards may read. Read once per
 * update (contact.ts, willUpdate), with the reader's clock read once, so that every list, card
 * and script of one render agree; each problem is reported once, by an element on the page.
 */
import type { PropertyValues } from 'lit';
import { GENERAL_COURT, hasEnded, officesLoaded, parseAlsoContact, resolveAlsoContact, tablesLoaded, type AlsoContact, type Chamber } from '../../lookup/index.js';
import type { Locale } from '../../i18n/language.js';
import type { ExtrasView } from './steps/results-step.js';
import { ASKS, DEFAULT_ASK, scriptParts, type Ask } from '../../content/scripts.js';
import { askFrom } from '../../content/asks.js';
import { codesFrom } from '../../contact/messages.js';
import { currentBills, type CurrentBills } from '../../contact/bills.js';
import { WarnOnce } from '../../content/warn-once.js';
import { shown } from '../../content/partner-text.js';
import { dialogNeeds } from './dialog-needs.js';
import { NO_PARTNER_INPUT, PARTNER_PROPERTIES, memberCodes, readPartnerInput, warnStaleOnce, type PartnerInput, type RawPartnerInput } from './partner-input.js';

export type ChamberChoice = 'both' | 'house' | 'senate';
export const CHAMBERS: readonly ChamberChoice[] = ['both', 'house', 'senate'];

export const askOf = (value: unknown): Ask => askFrom(value) ?? DEFAULT_ASK;

/** The chambers whose legislators the cards show; an unknown choice shows both (with a warning). */
export const chambersOf = (choice: ChamberChoice): Chamber[] => (choice === 'house' ? ['house'] : choice === 'senate' ? ['senate'] : ['house', 'senate']);

/** The element, as its settings read it. */
export interface SettingsHost extends RawPartnerInput {
  readonly ask: string;
  readonly alsoContact: string[] | string;
  readonly cosponsors: string[] | string;
  readonly billSession: string;
  readonly chamber: ChamberChoice;
  readonly lookupEndpoint: string;
  readonly isConnected: boolean;
  readonly hasUpdated: boolean;
  requestUpdate(): void;
}

/** The catalog parts of an ask (and of the extra targets' scripts), and whether the office tables are needed. */
export function needsOf(ask: unknown, tokens: readonly string[]) {
  return { scripts: scriptParts(askOf(ask), tokens.length > 0), offices: tokens.length > 0 };
}

export class ContactSettings {
  /** Whether the data's General Court has ended. */
  stale = false;
  bills: CurrentBills = { billHouse: '', billSenate: '', amendmentHouse: '', amendmentSenate: '', cosponsors: [], problems: [] };
  /** The partner's ask, when it is one of ASKS; else the default (with a warning). */
  ask: Ask = DEFAULT_ASK;
  /** The extra targets, once the tables and the office tables are in; the tokens as written until then. */
  extras: AlsoContact = { extras: [], unknown: [], ended: false };
  partner: PartnerInput = NO_PARTNER_INPUT;
  /** The scripts' parts loaded for what the cards show (`needs().scripts`, joined), and the ones on their way. */
  readyParts = '';
  private pendingParts = '';
  private tokens: string[] = [];
  private readonly warnings = new WarnOnce('sca-contact');
  private readonly inputWarnings = new WarnOnce('sca-contact');
  private readonly extrasWarnings = new WarnOnce('sca-contact');

  constructor(private readonly host: SettingsHost) {}

  /** From the properties themselves: open() may come before the first update has read them. */
  needs(tokens = parseAlsoContact(this.host.alsoContact)) {
    return needsOf(this.host.ask, tokens);
  }

  /** Reads the attributes for this update; `opened`: the dialog's content is drawn. */
  update(changed: PropertyValues, opened: boolean): void {
    const host = this.host;
    if (!host.hasUpdated || PARTNER_PROPERTIES.some((name) => changed.has(name))) {
      const endpointChanged = !host.hasUpdated || changed.has('lookupEndpoint');
      const { input, problems, refusedEndpoint } = readPartnerInput(host, this.partner, endpointChanged, document.baseURI);
      this.partner = input;
      if (refusedEndpoint && host.isConnected) {
        console.warn(`<sca-contact>: lookup-endpoint ${shown(host.lookupEndpoint)} is not an https address, so no address will be asked for.`);
      }
      if (host.isConnected) this.inputWarnings.report(problems, 'ignored or cut in the attributes and properties');
    }
    if (changed.has('chamber') && !CHAMBERS.includes(host.chamber) && host.isConnected) {
      console.warn(`<sca-contact>: chamber ${shown(host.chamber)} is not one of ${CHAMBERS.join(', ')}; showing both.`);
    }
    // Changed while the dialog is open (ask, also-contact): the scripts' parts come first, and the
    // cards keep the scripts they have until then, never showing empty ones.
    // Read once per update, here and for the extra cards below.
    const tokens = parseAlsoContact(host.alsoContact);
    const needs = this.needs(tokens);
    const parts = needs.scripts.join();
    const waiting = opened && host.hasUpdated && parts !== this.readyParts;
    if (waiting && parts !== this.pendingParts) {
      this.pendingParts = parts;
      void dialogNeeds(needs).then((ready) => {
        if (ready && this.needs().scripts.join() === parts) this.readyParts = parts;
        host.requestUpdate();
      });
    }
    if (changed.has('ask') || !host.hasUpdated) {
      const wanted = typeof host.ask === 'string' ? host.ask.trim() : '';
      if (wanted && askOf(host.ask) !== wanted && host.isConnected) {
        console.warn(`<sca-contact>: ask ${shown(host.ask)} is not one of ${ASKS.join(', ')}; the scripts ask to co-sponsor the bill.`);
      }
    }
    if (!waiting) this.ask = askOf(host.ask);
    // The reader's clock is read once per update: every list, card and script of one render agree.
    const now = Date.now();
    this.stale = hasEnded(GENERAL_COURT, now);
    const { billHouse, billSenate, amendmentHouse, amendmentSenate } = this.partner;
    const settings = { billHouse, billSenate, amendmentHouse, amendmentSenate, cosponsors: codesFrom(host.cosponsors), billSession: host.billSession };
    this.bills = currentBills(settings, GENERAL_COURT, tablesLoaded() ? memberCodes() : null, now);
    // The office tables come with the targets' part (dialogNeeds) where the tokens are new.
    if (tokens.join() !== this.tokens.join() && opened && host.hasUpdated && !waiting && !officesLoaded()) {
      void dialogNeeds(needs).then(() => host.requestUpdate());
    }
    if (!waiting) {
      this.tokens = tokens;
      this.extras = tokens.length && tablesLoaded() && officesLoaded() ? resolveAlsoContact(tokens, GENERAL_COURT, now) : { extras: [], unknown: [], ended: false };
    }
    // A detached element can still update (a language switch); only one on the page speaks up.
    if (!host.isConnected) return;
    this.warnings.report(this.bills.problems, 'bill numbers and co-sponsors');
    this.extrasWarnings.report(
      this.extras.unknown.map((token) => `also-contact ${shown(token)} names no one in this data (use speaker, senate-president, governor, committee:CODE or member:CODE).`),
      'extra people to contact',
    );
    if (this.stale) warnStaleOnce();
  }

  /** What every card of the results needs from these settings, for a reader in `town`. */
  cardView(town: string, locale: Locale, dir: 'ltr' | 'rtl', reportUrl: string) {
    const { billHouse, billSenate, amendmentHouse, amendmentSenate, cosponsors } = this.bills;
    const { organization, templates } = this.partner;
    const context = { town, ask: this.ask, billHouse, billSenate, amendmentHouse, amendmentSenate, cosponsors, organization, templates };
    const extras: ExtrasView = this.extras;
    return { locale, dir, stale: this.stale, context, reportUrl, extras };
  }
}
