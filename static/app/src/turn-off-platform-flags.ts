import { setBooleanFeatureFlagResolver } from '@atlaskit/platform-feature-flags';

// @atlaskit components ask Atlassian's feature-gate client about in-progress changes. Outside Atlassian's own
// products that client is never initialised, so every question would log a warning in the reader's console.
// Answering "off" keeps each component on its released behaviour. Imported first by main.tsx, so it runs before
// any component module does.
setBooleanFeatureFlagResolver(() => false);
