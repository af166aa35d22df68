// The explainer's two elements, defined under their tags (first definition wins: define.ts).
import { define } from './define.js';
import { SafeCommunitiesExplainer } from './elements/explainer/explainer.js';
import { SafeCommunitiesProvision } from './elements/explainer/provision.js';

export function defineExplainer(): void {
  define('sca-provision', SafeCommunitiesProvision);
  define('sca-explainer', SafeCommunitiesExplainer);
}
