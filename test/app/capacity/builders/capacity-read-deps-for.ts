import type { CapacityReadDeps } from '../../../../src/app/capacity/capacity-read-deps';
import type { ProjectKey } from '../../../../src/domain/ids/project-key';
import { defaultCapacityBands } from '../../../../src/domain/capacity';
import type { ProgramCapacity } from '../../../../src/domain/capacity';
import { computeProjectRollup } from '../../../../src/domain/rollup/compute-project-rollup';
import { defaultTemplate } from '../../../../src/domain/template/default-template';
import type { WorkItem } from '../../../../src/domain/work-item/work-item';
import type { StoredCapacities } from '../../../../src/ports/stored-capacities';
import type { StoredRollup } from '../../../../src/ports/stored-rollup';
import { aProjectRollupInput } from '../../../domain/builders/a-project-rollup-input';

/** A project of the test site: its program (null for none), its stored items (null before its first refresh). */
export interface TestProject {
  readonly key: string;
  readonly program: string | null;
  readonly items: readonly WorkItem[] | null;
}

const asOf = '2026-11-20T12:00:00Z';

/** Capacity's reads over in-memory projects: `browsable` are the keys Jira lets the viewer see; `calls` counts each read. */
export function capacityReadDepsFor(
  projects: readonly TestProject[],
  browsable: readonly string[],
  capacities: readonly ProgramCapacity[] | null,
  options: { readonly isAdmin?: boolean; readonly intakeKeys?: readonly ProjectKey[] } = {},
): CapacityReadDeps & { readonly read: string[] } {
  const read: string[] = [];
  const stored: StoredCapacities | null = capacities === null ? null : { version: 3, capacities, bands: defaultCapacityBands, savedAt: asOf, savedBy: 'admin' };
  const rollupOf = (key: string): StoredRollup | null => {
    const project = projects.find((candidate) => candidate.key === key);
    if (project === undefined || project.items === null) return null;
    const rollup = computeProjectRollup(aProjectRollupInput(key, project.items, project.program), asOf);
    return { rollup, refresh: { asOf, readStartedAt: asOf, mode: 'full', partial: false, itemCount: project.items.length, skippedIssues: 0 } };
  };
  return {
    read,
    viewer: {
      isJiraAdmin: () => Promise.resolve(options.isAdmin ?? false),
      browsableProjects: () => Promise.resolve(browsable.map((key) => ({ id: key, key, name: `Project ${key}`, category: null, leadAccountId: null }))),
    },
    rollups: {
      loadRollup: (key) => {
        read.push(`rollup ${key}`);
        return Promise.resolve(rollupOf(key));
      },
    },
    workItems: {
      loadProjectIssues: (key) => {
        read.push(`items ${key}`);
        const items = projects.find((candidate) => candidate.key === key)?.items ?? null;
        return Promise.resolve(items === null ? null : items.map((item, index) => ({ issueId: `${key}${String(index)}`, item })));
      },
    },
    capacities: { loadCapacities: () => Promise.resolve(stored) },
    templateFor: () => Promise.resolve(defaultTemplate),
    intakeSettings: {
      loadSettings: () =>
        Promise.resolve(options.intakeKeys === undefined ? null : { projectKeys: options.intakeKeys, issueTypes: ['Proposal'], labels: [], modelId: 'wsjf' }),
    },
  };
}
