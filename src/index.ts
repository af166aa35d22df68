// The bundle entry: defines every element, nothing else. The language module comes first, so
// the reader's catalog is on its way while the rest is evaluated (src/i18n/localization.ts).
import './i18n/localization.js';
import { define } from './define.js';
import { SafeCommunitiesExplainer } from './elements/explainer/explainer.js';
import { SafeCommunitiesProvision } from './elements/explainer/provision.js';
import { SafeCommunitiesContact } from './elements/contact/contact.js';
import { SafeCommunitiesCampaign } from './elements/campaign/campaign.js';

define('sca-provision', SafeCommunitiesProvision);
define('sca-explainer', SafeCommunitiesExplainer);
define('sca-contact', SafeCommunitiesContact);
define('sca-campaign', SafeCommunitiesCampaign);

export { SafeCommunitiesExplainer, SafeCommunitiesProvision, SafeCommunitiesContact, SafeCommunitiesCampaign };
export type { CampaignConfig } from './content/config.js';
export type { ProvisionContent, ProvisionOverride } from './content/provisions.js';
export type { LookupDetail, ActionDetail, ContactDetail, OutcomeDetail } from './elements/contact/contact.js';
export { ScaLookupEvent, ScaActionEvent, ScaContactEvent, ScaOutcomeEvent } from './elements/contact/events.js';
