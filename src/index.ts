// The bundle entry: defines every element, nothing else.
import { define } from './define.js';
import { SafeCommunitiesExplainer } from './elements/explainer/explainer.js';
import { SafeCommunitiesProvision } from './elements/explainer/provision.js';
import { SafeCommunitiesContact } from './elements/contact/contact.js';

define('sca-provision', SafeCommunitiesProvision);
define('sca-explainer', SafeCommunitiesExplainer);
define('sca-contact', SafeCommunitiesContact);

export { SafeCommunitiesExplainer, SafeCommunitiesProvision, SafeCommunitiesContact };
export type { ProvisionContent, ProvisionOverride } from './content/provisions.js';
export type { LookupDetail, ContactDetail, OutcomeDetail } from './elements/contact/contact.js';
