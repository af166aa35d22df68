// Every element of the full library, defined under its tag (first definition wins: define.ts).
import { define } from './define.js';
import { SafeCommunitiesExplainer } from './elements/explainer/explainer.js';
import { SafeCommunitiesProvision } from './elements/explainer/provision.js';
import { SafeCommunitiesContact } from './elements/contact/contact.js';
import { SafeCommunitiesCampaign } from './elements/campaign/campaign.js';

export function defineAll(): void {
  define('sca-provision', SafeCommunitiesProvision);
  define('sca-explainer', SafeCommunitiesExplainer);
  define('sca-contact', SafeCommunitiesContact);
  define('sca-campaign', SafeCommunitiesCampaign);
}
