import type { Rag } from '../domain/rag/rag';
import type { IssueBaselineDto, IssueChangeDto } from './issue-change-dto';
import type { DependencyDto, RaidItemDto, RelatedRaidItemDto } from './raid-item-dto';

/** A compliance finding on the issue; filled by the template engine. */
export interface ComplianceViolationDto {
  readonly ruleId: string;
  readonly severity: string;
  readonly message: string;
  readonly fixHint: string;
}

/** The project's colour from its stored roll-up. */
export interface ProjectRagDto {
  readonly rag: Rag;
  readonly reason: string;
  readonly asOf: string;
}

/** What the Governance panel shows for one issue, read as the viewing user. */
export interface IssueGovernanceDto {
  readonly issueKey: string;
  readonly projectKey: string;
  readonly summary: string;
  /** Set when the issue is itself a RAID item: its kind, score, cell, owner, mitigation, review date and state. */
  readonly raidItem: RaidItemDto | null;
  /** RAID items linked to the issue, inherited from its parent, or (high and critical risks) rolled up from below. */
  readonly related: readonly RelatedRaidItemDto[];
  /** What this issue waits on, late ones first. */
  readonly upstream: readonly DependencyDto[];
  readonly complianceViolations: readonly ComplianceViolationDto[];
  /** Null until the project's first roll-up. */
  readonly projectRag: ProjectRagDto | null;
  /** Change requests that touch the issue (itself, or linked to it), with their standing decisions. */
  readonly changes: readonly IssueChangeDto[];
  /** Where the issue stands against the project's current approved baseline; null when the baseline does not hold it. */
  readonly approvedBaseline: IssueBaselineDto | null;
  /** True when Jira had more related issues than one read covers, so some may be missing. */
  readonly partial: boolean;
  /** How many Jira requests the load made (the panel's budget is 3). */
  readonly jiraRequests: number;
}
