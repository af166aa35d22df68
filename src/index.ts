// The bundle entry: defines every element, nothing else.
import { define } from './define.js';
import { SafeCommunitiesExplainer } from './elements/explainer/explainer.js';
import { SafeCommunitiesProvision } from './elements/explainer/provision.js';

define('sca-provision', SafeCommunitiesProvision);
define('sca-explainer', SafeCommunitiesExplainer);

export { SafeCommunitiesExplainer, SafeCommunitiesProvision };
export type { ProvisionContent, ProvisionOverride } from './content/provisions.js';
