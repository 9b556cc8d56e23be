import type { MatrixColour } from '../domain/raid/risk-matrix';
import type { StatusCategory } from '../domain/work-item/status-category';
import type { DependencyDto, RaidItemDto } from './raid-item-dto';
import type { ProjectRagDto } from './raid-governance-dto';

/** One cell of the project's heat map: open risks rated probability x impact. */
export interface HeatMapCellDto {
  readonly probability: number;
  readonly impact: number;
  readonly colour: MatrixColour;
  readonly count: number;
}

/** A milestone or a phase gate of the project. */
export interface MilestoneDto {
  readonly key: string;
  readonly summary: string;
  readonly kind: 'milestone' | 'gate';
  readonly statusName: string;
  readonly statusCategory: StatusCategory;
  readonly due: string | null;
  readonly overdue: boolean;
  /** Gates only: passed (done), ready (nothing open blocks it and no open critical risk), or not ready with reasons. */
  readonly readiness: { readonly state: 'passed' | 'ready' | 'not-ready'; readonly reasons: readonly string[] } | null;
}

/** The project page: the RAID log, its heat map, dependencies both ways, milestones and gates. */
export interface ProjectRaidDto {
  readonly project: { readonly key: string; readonly name: string };
  readonly asOf: string;
  readonly items: readonly RaidItemDto[];
  /** 25 cells, impact 5 row first, probability 1..5 within a row. */
  readonly heatMap: readonly HeatMapCellDto[];
  readonly unscoredOpenRisks: number;
  /** What this project waits on in other projects, late first. */
  readonly waitsOn: readonly DependencyDto[];
  /** What other projects wait on from this one, late first. */
  readonly waitedOnBy: readonly DependencyDto[];
  readonly milestones: readonly MilestoneDto[];
  readonly projectRag: ProjectRagDto | null;
  /** Filled by the template engine: the project's violations grouped by rule. */
  readonly complianceViolations: readonly { readonly ruleId: string; readonly count: number; readonly message: string }[];
  readonly jiraRequests: number;
}
