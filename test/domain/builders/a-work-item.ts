import { projectKeyOf } from '../../../src/domain/ids/project-key-of';
import type { WorkItem } from '../../../src/domain/work-item/work-item';
import { anIssueKey } from './an-issue-key';

/** What a test may override; nested parts are merged, so `{ cost: { budget: 10 } }` keeps actualCost null. */
export type WorkItemOverrides = Partial<Omit<WorkItem, 'key' | 'estimate' | 'raid' | 'cost'>> & {
  readonly key?: string;
  readonly estimate?: Partial<WorkItem['estimate']>;
  readonly raid?: Partial<WorkItem['raid']>;
  readonly cost?: Partial<WorkItem['cost']>;
};

/** A plain open story in project PR, with every field a test does not care about at a neutral value. */
export function aWorkItem(overrides: WorkItemOverrides = {}): WorkItem {
  const { key: rawKey, estimate, raid, cost, ...rest } = overrides;
  const key = anIssueKey(rawKey ?? 'PR-1');
  return {
    key,
    projectKey: projectKeyOf(key),
    summary: `Summary of ${key}`,
    issueType: 'Story',
    hierarchyLevel: 0,
    statusName: 'To Do',
    statusCategory: 'new',
    created: '2026-01-01T09:00:00.000+0000',
    updated: '2026-01-02T09:00:00.000+0000',
    resolved: null,
    due: null,
    start: null,
    parentKey: null,
    labels: [],
    assigneeId: null,
    priority: null,
    links: [],
    flagged: false,
    ...rest,
    estimate: { storyPoints: null, originalEstimateSeconds: null, ...estimate },
    raid: { probability: null, impact: null, mitigation: null, ...raid },
    cost: { budget: null, actualCost: null, ...cost },
  };
}
