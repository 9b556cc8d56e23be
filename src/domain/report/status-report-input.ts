import type { HistoryPoint } from '../trend/history-point';
import type { ProjectRollup } from '../rollup/project-rollup';
import type { WorkItem } from '../work-item/work-item';
import type { ChangeControlReportInput } from './change-control-report-input';
import type { DueDateChange } from './due-date-change';
import type { ReportIntakeInput } from './report-intake-input';
import type { ReportPeriodBasis } from './report-period';

/** One project the viewer may see, with what the report is built from. */
export interface ReportProjectInput {
  readonly current: ProjectRollup;
  /** The roll-up to compare with for trends (the baseline's, for a period since one); null when there is none. */
  readonly previous: ProjectRollup | null;
  readonly history: readonly HistoryPoint[];
  /** True when the roll-up does not cover every issue. */
  readonly partial: boolean;
  readonly items: readonly WorkItem[];
  /** The project's change policy, approved versions and recorded decisions; absent reads as the default template's, none approved or recorded. */
  readonly changeControl?: ChangeControlReportInput;
}

/** Everything `buildStatusReport` reads; every project and issue in it is one the viewer may see. */
export interface StatusReportInput {
  /** The words naming the scope, e.g. "Whole portfolio" or "Programs: Digital". */
  readonly scopeLabel: string;
  readonly period: ReportPeriodBasis;
  readonly projects: readonly ReportProjectInput[];
  /** Due date changes read from the changelog of issues the viewer may see (any period; filtered here). */
  readonly dueDateChanges: readonly DueDateChange[];
  /** Names of people the viewer may see (from the same reads), to name who holds a decision; ids stand in without one. */
  readonly people?: readonly { readonly accountId: string; readonly displayName: string }[];
  /** Intake as the reader may see it (proposals of the intake projects they may browse, their capacity heat map); absent leaves the section out. */
  readonly intake?: ReportIntakeInput;
  /**
   * Projects in scope that the app holds but the viewer may not see, as item counts only: no key or name is passed
   * in, so none can reach the report.
   */
  readonly hidden: readonly { readonly itemCount: number }[];
}
