import type { ChangeControlSummary } from '../domain/change-control/change-control-summary';
import type { DeliveredProposalDto } from './delivered-proposal-dto';
import type { FirstReadProgress } from '../domain/points/first-read-progress';
import type { AggregateRollup } from '../domain/rollup/aggregate-rollup';
import type { ProjectRollup } from '../domain/rollup/project-rollup';
import type { RollupTrend } from '../domain/trend/rollup-trend';
import type { HistoryPoint } from '../domain/trend/history-point';

/** The portfolio as one viewer may see it: only projects Jira lets them browse, totals over those alone. */
export interface PortfolioDto {
  /** The oldest roll-up shown: the page is no fresher than this. Null when nothing has been refreshed. */
  readonly asOf: string | null;
  readonly totals: AggregateRollup;
  readonly programs: readonly ProgramDto[];
  /** Visible projects that have no roll-up yet (never refreshed). */
  readonly notRefreshed: readonly { readonly key: string; readonly name: string }[];
  /** The intake projects the viewer may browse: proposals, not delivery work, so left out of the rows and totals. */
  readonly intakeProjects: readonly { readonly key: string; readonly name: string }[];
  readonly refresh: RefreshStatusDto;
}

export interface ProgramDto {
  readonly name: string;
  readonly aggregate: AggregateRollup;
  readonly projects: readonly PortfolioProjectDto[];
}

export interface PortfolioProjectDto {
  readonly rollup: ProjectRollup;
  readonly lead: { readonly accountId: string; readonly displayName: string | null } | null;
  /** True when the roll-up does not cover every issue (a refresh not finished, or issues that could not be read). */
  readonly partial: boolean;
  /** True when issues changed in Jira after this roll-up was computed. */
  readonly stale: boolean;
  /** Against the latest daily snapshot before today; null with no earlier snapshot. */
  readonly trend: RollupTrend | null;
  readonly history: readonly HistoryPoint[];
  /**
   * Change control as the last refresh computed it: the approved baseline version (null before one is approved),
   * pending change requests and the oldest one's age, uncontrolled slips (at most ten listed, the count is the whole),
   * budget and scope beyond the baseline. Null when the roll-up was stored before change control was kept: not yet
   * computed, which is not the same as nothing to report.
   */
  readonly changeControl: ChangeControlSummary | null;
  /** The approved proposals it delivers (directly or through one of its epics), of intake projects the viewer may browse. */
  readonly fromIntake: readonly DeliveredProposalDto[];
}

export interface RefreshStatusDto {
  /** When a full refresh was last asked for from the page; null if never. */
  readonly requestedAt: string | null;
  /** Visible projects whose roll-up is older than that request: the refresh is still under way for them. */
  readonly pendingProjects: number;
  /** The first read of the viewer's projects while it is under way (issues read of all, time left at the budget). */
  readonly reading: FirstReadProgress | null;
  /** When refresh jobs last stopped for the points budget and when they resume; null if they never did. */
  readonly throttle: { readonly resumesAt: string; readonly reason: 'budget' | 'jira-quota' } | null;
  /** The points an hour refresh jobs may spend (the figure time left is reckoned at). */
  readonly backgroundPointsPerHour: number;
}
