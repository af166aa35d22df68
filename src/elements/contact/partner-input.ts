/**
 * A partner's text attributes and properties on <sca-contact>, cleaned (src/content/partner-text.ts)
 * into the values the steps use, with what was wrong with them.
 */
import { resolveEndpoint } from '../../contact/endpoint.js';
import { GENERAL_COURT, allLegislators, ordinalNumeral } from '../../lookup/index.js';
import { checkTemplates } from '../../content/config.js';
import { cleanAll, safeText } from '../../content/partner-text.js';
import type { MessageTemplates, Stance } from '../../content/scripts.js';

export type Templates = Partial<Record<Stance, Partial<MessageTemplates>>>;

/** The properties whose values readPartnerInput() cleans. */
export const PARTNER_PROPERTIES = ['label', 'billHouse', 'billSenate', 'organization', 'templates', 'cosponsors', 'lookupEndpoint'] as const;

export interface PartnerInput {
  label: string;
  billHouse: string;
  billSenate: string;
  organization: string;
  templates: Templates;
  /** Where the address would go, resolved against the document's base URL; null: no address lookup. */
  endpoint: URL | null;
}

export const NO_PARTNER_INPUT: PartnerInput = { label: '', billHouse: '', billSenate: '', organization: '', templates: {}, endpoint: null };

export interface RawPartnerInput {
  label: unknown;
  billHouse: unknown;
  billSenate: unknown;
  organization: unknown;
  templates: unknown;
  cosponsors: unknown;
  lookupEndpoint: unknown;
}

/**
 * `endpointChanged`: resolve the endpoint again (once per change, as fetch() would: the consent
 * line and the request use this one URL); otherwise `previous.endpoint` stays.
 */
export function readPartnerInput(raw: RawPartnerInput, previous: PartnerInput, endpointChanged: boolean, baseURI: string) {
  const { clean, problems } = cleanAll({ label: raw.label, 'bill-house': raw.billHouse, 'bill-senate': raw.billSenate, organization: raw.organization });
  const templates = (checkTemplates(raw.templates ?? {}, 'templates', problems) ?? {}) as Templates;
  if (!Array.isArray(raw.cosponsors) && typeof raw.cosponsors !== 'string') problems.push('"cosponsors" must be an array of member codes, like ["ALS1"].');
  const endpoint = endpointChanged ? resolveEndpoint(safeText(raw.lookupEndpoint), baseURI) : previous.endpoint;
  const input: PartnerInput = { label: clean.label, billHouse: clean['bill-house'], billSenate: clean['bill-senate'], organization: clean.organization, templates, endpoint };
  /** An endpoint was given that is not an https address. */
  const refusedEndpoint = endpointChanged && safeText(raw.lookupEndpoint).trim() !== '' && !endpoint;
  return { input, problems, refusedEndpoint };
}

/** Member codes of the data's legislators, upper case, for checking a partner's co-sponsor list. */
let knownCodes: ReadonlySet<string> | undefined;
export const memberCodes = () => (knownCodes ??= new Set(allLegislators().map((legislator) => legislator.code.toUpperCase()).filter(Boolean)));

/** One warning per page copy of the script that its legislator data is from an ended session. */
let staleWarned = false;
export function warnStaleOnce(): void {
  if (staleWarned) return;
  staleWarned = true;
  console.warn(
    `<sca-contact>: the legislator data is from the ${ordinalNumeral(GENERAL_COURT.number)} General Court, whose terms ended on ${GENERAL_COURT.ends}; readers are told it may be out of date. Move to a version with current data (README, "Updating").`,
  );
}
