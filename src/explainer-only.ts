// A smaller entry for pages that show the explainer without the contact flow (lib/ and, through
// src/bundles/explainer.ts, dist/safe-communities-explainer.js).
import './i18n/localization.js';
import { defineExplainer } from './define-explainer.js';

defineExplainer();

export { SafeCommunitiesExplainer } from './elements/explainer/explainer.js';
export { SafeCommunitiesProvision } from './elements/explainer/provision.js';
