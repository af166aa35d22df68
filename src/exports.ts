// What the package and the bundles export: the element classes, their events and types. No side
// effects: index.ts and the bundle entries (src/bundles/) each decide when the elements are defined.
export { SafeCommunitiesExplainer } from './elements/explainer/explainer.js';
export { SafeCommunitiesProvision } from './elements/explainer/provision.js';
export { SafeCommunitiesContact } from './elements/contact/contact.js';
export { SafeCommunitiesCampaign } from './elements/campaign/campaign.js';
export type { CampaignConfig } from './content/config.js';
export type { ProvisionContent, ProvisionOverride } from './content/provisions.js';
export type { LookupDetail, ActionDetail, ContactDetail, OutcomeDetail } from './elements/contact/contact.js';
export { ScaLookupEvent, ScaActionEvent, ScaContactEvent, ScaOutcomeEvent } from './elements/contact/events.js';
