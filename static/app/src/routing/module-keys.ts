/**
 * The manifest's module keys for every surface the app renders. One React app serves them all and picks the surface
 * from the module key that Forge puts in the view context.
 */
export const moduleKeys = {
  issuePanel: 'governance-issue-panel',
  projectPage: 'raid-project-page',
  portfolio: 'pmo-portfolio',
  admin: 'governance-admin',
  reportMacro: 'executive-status-report',
} as const;

export type ModuleKey = (typeof moduleKeys)[keyof typeof moduleKeys];

/** The `content` of `<meta name="pmo-surface">` in the index.html of the `report-config` resource. */
export const macroConfigMarker = 'macro-config';
