import { createRequire } from 'node:module';
import { z } from 'zod';

const artifactSchema = z.object({ default: z.string() });

/** The token themes Jira applies to a Custom UI frame after `view.theme.enable()`, in the light colour mode. */
const themeArtifacts = ['atlassian-light', 'atlassian-spacing', 'atlassian-typography', 'atlassian-shape'] as const;

/**
 * The design-token CSS the local host serves to frames that enable theming, read from @atlaskit/tokens' own theme
 * artifacts so the local look matches the product's.
 */
export function loadThemeCss(): string {
  const load = createRequire(__filename);
  return themeArtifacts
    .map((name) => {
      const artifact: unknown = load(`@atlaskit/tokens/dist/cjs/artifacts/themes/${name}`);
      return artifactSchema.parse(artifact).default;
    })
    .join('\n');
}
