/**
 * A partner's text attributes and properties on <sca-contact>, cleaned (src/content/partner-text.ts)
 * into the values the steps use, with what was wrong with them.
 */
import { resolveEndpoint } from '../../contact/endpoint.js';
import { GENERAL_COURT, MAX_TOKENS, allLegislators, ordinalNumeral } from '../../lookup/index.js';
import { checkTemplates } from '../../content/config.js';
import { cleanAll, safeText } from '../../content/partner-text.js';
import type { MessageTemplates, Stance } from '../../content/scripts.js';

export type Templates = Partial<Record<Stance, Partial<MessageTemplates>>>;

/** The properties whose values readPartnerInput() cleans. */
export const PARTNER_PROPERTIES = ['label', 'billHouse', 'billSenate', 'amendmentHouse', 'amendmentSenate', 'organization', 'templates', 'cosponsors', 'alsoContact', 'lookupEndpoint'] as const;

export interface PartnerInput {
  label: string;
  billHouse: string;
  billSenate: string;
  amendmentHouse: string;
  amendmentSenate: string;
  organization: string;
  templates: Templates;
  /** Where the address would go, resolved against the document's base URL; null: no address lookup. */
  endpoint: URL | null;
}

export const NO_PARTNER_INPUT: PartnerInput = { label: '', billHouse: '', billSenate: '', amendmentHouse: '', amendmentSenate: '', organization: '', templates: {}, endpoint: null };

export interface RawPartnerInput {
  label: unknown;
  billHouse: unknown;
  billSenate: unknown;
  amendmentHouse: unknown;
  amendmentSenate: unknown;
  organization: unknown;
  templates: unknown;
  cosponsors: unknown;
  alsoContact: unknown;
  lookupEndpoint: unknown;
}

/**
 * `endpointChanged`: resolve the endpoint again (once per change, as fetch() would: the consent
 * line and the request use this one URL); otherwise `previous.endpoint` stays.
 */
export function readPartnerInput(raw: RawPartnerInput, previous: PartnerInput, endpointChanged: boolean, baseURI: string) {
  const { clean, problems } = cleanAll({
    label: raw.label,
    'bill-house': raw.billHouse,
    'bill-senate': raw.billSenate,
    'amendment-house': raw.amendmentHouse,
    'amendment-senate': raw.amendmentSenate,
    organization: raw.organization,
  });
  const templates = (checkTemplates(raw.templates ?? {}, 'templates', problems) ?? {}) as Templates;
  if (!Array.isArray(raw.cosponsors) && typeof raw.cosponsors !== 'string') problems.push('"cosponsors" must be an array of member codes, like ["ALS1"].');
  if (!Array.isArray(raw.alsoContact) && typeof raw.alsoContact !== 'string') problems.push('"alsoContact" must be an array of tokens, like ["speaker", "committee:J22"].');
  else if ((Array.isArray(raw.alsoContact) ? raw.alsoContact.length : String(raw.alsoContact).split(',').length) > MAX_TOKENS) {
    problems.push(`"also-contact" names more than ${MAX_TOKENS} people to contact: the first ${MAX_TOKENS} are kept.`);
  }
  const endpoint = endpointChanged ? resolveEndpoint(safeText(raw.lookupEndpoint), baseURI) : previous.endpoint;
  const input: PartnerInput = {
    label: clean.label,
    billHouse: clean['bill-house'],
    billSenate: clean['bill-senate'],
    amendmentHouse: clean['amendment-house'],
    amendmentSenate: clean['amendment-senate'],
    organization: clean.organization,
    templates,
    endpoint,
  };
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
