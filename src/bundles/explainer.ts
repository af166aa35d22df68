// The entry of dist/safe-communities-explainer.js: as src/explainer-only.ts, waiting for the
// reader's language before defining the elements, like src/bundles/full.ts.
import { FIRST_LANGUAGE_WAIT_MS, firstLanguage } from '../i18n/localization.js';
import { defineExplainer } from '../define-explainer.js';

await firstLanguage(FIRST_LANGUAGE_WAIT_MS);
defineExplainer();

export { SafeCommunitiesExplainer } from '../elements/explainer/explainer.js';
export { SafeCommunitiesProvision } from '../elements/explainer/provision.js';
