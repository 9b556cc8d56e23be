import { moduleKeys, type ModuleKey } from '../../static/app/src/routing/module-keys';

/** One place a module of the app appears in Jira or Confluence, as the harness page shows it. */
export interface SurfaceEntry {
  /** Stable name for the section, the frame and its screenshot. */
  readonly id: 'portfolio' | 'project-page' | 'issue-panel' | 'admin-page' | 'report-macro' | 'report-macro-config';
  /** The section heading and the frame's title. */
  readonly title: string;
  readonly moduleKey: ModuleKey;
  /** `extension.type` in the view context Forge gives this module. */
  readonly extensionType: 'jira:globalPage' | 'jira:projectPage' | 'jira:issuePanel' | 'jira:adminPage' | 'macro';
  /** True for the macro's settings page: the `report-config` resource rather than `ui`. */
  readonly configView: boolean;
  /** The heading the surface renders, which tells a reader (and the browser test) that it loaded. */
  readonly heading: string;
  /** Where in the products the module appears, in a few words. */
  readonly where: string;
}

/** Every surface of the app, in the order the harness page shows them. */
export const surfaceCatalog: readonly SurfaceEntry[] = [
  {
    id: 'portfolio',
    title: 'Portfolio',
    moduleKey: moduleKeys.portfolio,
    extensionType: 'jira:globalPage',
    configView: false,
    heading: 'PMO portfolio',
    where: 'Jira, Apps menu',
  },
  {
    id: 'project-page',
    title: 'Project page',
    moduleKey: moduleKeys.projectPage,
    extensionType: 'jira:projectPage',
    configView: false,
    heading: 'RAID log and compliance',
    where: 'Jira, project sidebar',
  },
  {
    id: 'issue-panel',
    title: 'Issue panel',
    moduleKey: moduleKeys.issuePanel,
    extensionType: 'jira:issuePanel',
    configView: false,
    heading: 'Governance',
    where: 'Jira, issue view',
  },
  {
    id: 'admin-page',
    title: 'Admin page',
    moduleKey: moduleKeys.admin,
    extensionType: 'jira:adminPage',
    configView: false,
    heading: 'PMO governance settings',
    where: 'Jira settings, Apps',
  },
  {
    id: 'report-macro',
    title: 'Confluence macro',
    moduleKey: moduleKeys.reportMacro,
    extensionType: 'macro',
    configView: false,
    heading: 'Executive status report',
    where: 'Confluence page',
  },
  {
    id: 'report-macro-config',
    title: 'Macro config',
    moduleKey: moduleKeys.reportMacro,
    extensionType: 'macro',
    configView: true,
    heading: 'Report settings',
    where: 'Confluence macro editor',
  },
];

/**
 * The catalog entry for a module key and view.
 *
 * @example
 * findSurface('executive-status-report', true)?.id; // => 'report-macro-config'
 */
export function findSurface(moduleKey: string, configView: boolean): SurfaceEntry | undefined {
  return surfaceCatalog.find((entry) => entry.moduleKey === moduleKey && entry.configView === configView);
}
