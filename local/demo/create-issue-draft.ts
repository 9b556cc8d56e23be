import type { IssueDraft } from './issue-draft';

type RequiredKey = 'projectIndex' | 'type' | 'summary' | 'created' | 'reporterId';

/**
 * A draft with the given values and neutral defaults for the rest (To Do, Medium, no dates, no links).
 * @example
 * createIssueDraft({ projectIndex: 0, type: 'Task', summary: 'Patch servers', created: 0, reporterId: 'a' }).status; // 'To Do'
 */
export function createIssueDraft(values: Pick<IssueDraft, RequiredKey> & Partial<Omit<IssueDraft, RequiredKey>>): IssueDraft {
  return {
    id: '',
    key: '',
    description: null,
    status: 'To Do',
    resolution: null,
    updated: values.created,
    resolved: null,
    dueDay: null,
    startDay: null,
    assigneeId: null,
    priority: 'Medium',
    labels: [],
    parent: null,
    subtasks: [],
    storyPoints: null,
    originalEstimateSeconds: null,
    budget: null,
    actualCost: null,
    probability: null,
    impact: null,
    mitigation: null,
    changeImpact: null,
    flagged: false,
    program: null,
    criteria: null,
    stale: false,
    dueMoveCount: 0,
    recentDueMoves: false,
    transitions: [],
    dueMoves: [],
    links: [],
    ...values,
  };
}
