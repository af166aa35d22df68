// A smaller entry for pages that show the explainer without the contact flow.
import './i18n/localization.js';
import { define } from './define.js';
import { SafeCommunitiesExplainer } from './elements/explainer/explainer.js';
import { SafeCommunitiesProvision } from './elements/explainer/provision.js';

define('sca-provision', SafeCommunitiesProvision);
define('sca-explainer', SafeCommunitiesExplainer);

export { SafeCommunitiesExplainer, SafeCommunitiesProvision };
