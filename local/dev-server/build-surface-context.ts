import type { HarnessIssue, HarnessProject } from './resolve-harness-choices';
import type { SurfaceEntry } from './surface-catalog';

export interface SurfaceContextInput {
  readonly surface: SurfaceEntry;
  readonly accountId: string;
  readonly cloudId: string;
  readonly siteUrl: string;
  readonly timezone: string;
  readonly project: HarnessProject | null;
  readonly issue: HarnessIssue | null;
  /** The issue's own project, for the issue panel. */
  readonly issueProject: HarnessProject | null;
  /** The macro's saved settings; undefined until it is first configured. */
  readonly macroConfig: Readonly<Record<string, unknown>> | undefined;
}

/** The local macro instance: one Confluence page with one executive status report on it. */
export const localMacro = { localId: 'local-macro-executive-status-report', contentId: '65537', spaceKey: 'PMO' } as const;

function projectOf(project: HarnessProject) {
  return { id: project.id, key: project.key, type: project.typeKey };
}

/**
 * The view context `view.getContext()` answers in a module's frame, shaped as Forge gives it to each kind of module.
 *
 * @example
 * buildSurfaceContext({ surface: portfolioEntry, accountId: 'a1', ...rest }).extension; // => { type: 'jira:globalPage' }
 */
export function buildSurfaceContext(input: SurfaceContextInput): Record<string, unknown> {
  const { surface } = input;
  const base = {
    accountId: input.accountId,
    cloudId: input.cloudId,
    environmentId: 'local-development',
    environmentType: 'DEVELOPMENT',
    locale: 'en-US',
    moduleKey: surface.moduleKey,
    siteUrl: input.siteUrl,
    timezone: input.timezone,
  };
  switch (surface.extensionType) {
    case 'jira:issuePanel':
      return {
        ...base,
        localId: `local-${surface.moduleKey}`,
        extension: {
          type: surface.extensionType,
          ...(input.issue ? { issue: { id: input.issue.id, key: input.issue.key, type: input.issue.typeName } } : {}),
          ...(input.issueProject ? { project: projectOf(input.issueProject) } : {}),
          isNewToIssue: false,
        },
      };
    case 'jira:projectPage':
      return {
        ...base,
        localId: `local-${surface.moduleKey}`,
        extension: { type: surface.extensionType, ...(input.project ? { project: projectOf(input.project) } : {}) },
      };
    case 'jira:globalPage':
    case 'jira:adminPage':
      return { ...base, localId: `local-${surface.moduleKey}`, extension: { type: surface.extensionType } };
    case 'macro':
      return {
        ...base,
        localId: localMacro.localId,
        extension: {
          type: 'macro',
          ...(input.macroConfig === undefined ? {} : { config: input.macroConfig }),
          content: { id: localMacro.contentId, type: 'page' },
          space: { key: localMacro.spaceKey },
          isEditing: surface.configView,
        },
      };
    default: {
      const unreachable: never = surface.extensionType;
      return unreachable;
    }
  }
}
