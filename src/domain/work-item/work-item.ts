import type { AccountId } from '../ids/account-id';
import type { IssueKey } from '../ids/issue-key';
import type { ProjectKey } from '../ids/project-key';
import type { RaidScale } from './raid-scale';
import type { StatusCategory } from './status-category';
import type { WorkItemCriteria } from './work-item-criteria';
import type { WorkItemLink } from './work-item-link';

/**
 * The app's view of one Jira issue, independent of Jira's JSON (the Jira adapter builds it through the site's field
 * mapping). It is plain data: dates are ISO 8601 strings as Jira wrote them (plain dates such as `2026-03-01` for due
 * and start, date-times for created, updated and resolved), never Date objects, so it can be stored and compared.
 *
 * Amounts (story points, seconds, budget, cost) are expected to be finite and non-negative; roll-ups treat any other
 * number as absent rather than let one malformed issue spoil a project's totals.
 */
export interface WorkItem {
  readonly key: IssueKey;
  readonly projectKey: ProjectKey;
  readonly summary: string;
  /** The issue type's name, e.g. "Story", "Epic", "Risk", "Milestone". */
  readonly issueType: string;
  /** Jira's hierarchy level of the issue type: -1 sub-task, 0 standard issue, 1 epic, higher for plan levels. */
  readonly hierarchyLevel: number;
  readonly statusName: string;
  readonly statusCategory: StatusCategory;
  readonly created: string;
  readonly updated: string;
  readonly resolved: string | null;
  readonly due: string | null;
  readonly start: string | null;
  readonly estimate: {
    readonly storyPoints: number | null;
    readonly originalEstimateSeconds: number | null;
  };
  readonly parentKey: IssueKey | null;
  readonly labels: readonly string[];
  readonly assigneeId: AccountId | null;
  readonly priority: string | null;
  readonly links: readonly WorkItemLink[];
  /** Flagged in Jira as an impediment. */
  readonly flagged: boolean;
  /** RAID attributes; meaningful on items the RAID mapping classifies, null elsewhere. */
  readonly raid: {
    readonly probability: RaidScale | null;
    readonly impact: RaidScale | null;
    readonly mitigation: string | null;
  };
  /** Cost attributes, usually carried by epics: the budget at completion and the cost booked so far. */
  readonly cost: {
    readonly budget: number | null;
    readonly actualCost: number | null;
  };
  /**
   * Intake criteria from the issue's own fields (Business Value, Job Size, Strategic Theme, ...); absent when it has
   * none, and on items stored before criteria were read.
   */
  readonly criteria?: WorkItemCriteria;
}
