import type { DemoIssueTypeName } from './demo-issue-types';
import type { DemoLinkTypeName } from './demo-link-types';
import type { DemoPriorityName } from './demo-priorities';
import type { DemoResolutionName } from './demo-resolutions';
import type { DemoStatusName } from './demo-statuses';

/** A link as one of its two issues sees it: `outward` reads "this issue blocks the other". */
export interface DraftLink {
  id: string;
  typeName: DemoLinkTypeName;
  direction: 'inward' | 'outward';
  other: IssueDraft;
}

export interface DraftTransition {
  at: number;
  from: DemoStatusName;
  to: DemoStatusName;
  resolution: DemoResolutionName | null;
}

/** A change of the due date: days since 1970-01-01 (UTC). */
export interface DraftDueMove {
  at: number;
  fromDay: number;
  toDay: number;
  /** Who moved it; the issue's reporter when absent. */
  by?: string;
}

/** Intake criteria on a proposal; a value left out is a field left empty. `strategicTheme` indexes its select options. */
export interface DraftCriteria {
  businessValue?: number;
  timeCriticality?: number;
  riskReduction?: number;
  jobSize?: number;
  estimatedCost?: number;
  expectedBenefit?: number;
  strategicTheme?: number;
}

/**
 * A demo issue before it is written out in Jira's shapes. Instants are epoch milliseconds, dates are day numbers;
 * `id` and `key` are given once the whole site is drafted, in order of creation as Jira numbers them.
 */
export interface IssueDraft {
  id: string;
  key: string;
  projectIndex: number;
  type: DemoIssueTypeName;
  summary: string;
  description: string | null;
  status: DemoStatusName;
  resolution: DemoResolutionName | null;
  created: number;
  updated: number;
  resolved: number | null;
  dueDay: number | null;
  startDay: number | null;
  assigneeId: string | null;
  reporterId: string;
  priority: DemoPriorityName;
  labels: string[];
  parent: IssueDraft | null;
  subtasks: IssueDraft[];
  storyPoints: number | null;
  originalEstimateSeconds: number | null;
  budget: number | null;
  actualCost: number | null;
  probability: number | null;
  impact: number | null;
  mitigation: string | null;
  /** A change request's impact as its Impact Days, Cost Impact and Scope Impact fields hold it; null elsewhere. */
  changeImpact: { days: number | null; cost: number | null; scope: number | null } | null;
  /** Flagged in Jira as an impediment. */
  flagged: boolean;
  /** Index into demoPrograms. */
  program: number | null;
  /** A proposal's intake criteria as its Business Value ... Strategic Theme fields hold them; null elsewhere. */
  criteria: DraftCriteria | null;
  /** In progress but left untouched for 30+ days. */
  stale: boolean;
  /** How often the due date moved; `recentDueMoves` puts the moves in the last 14 days. */
  dueMoveCount: number;
  recentDueMoves: boolean;
  transitions: DraftTransition[];
  dueMoves: DraftDueMove[];
  links: DraftLink[];
}
