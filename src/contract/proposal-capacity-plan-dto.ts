import type { CapacityUnit } from '../domain/capacity/capacity-unit';

/** What an open proposal's issue says it would ask of its program, so a what-if can start from it. */
export interface ProposalCapacityPlanDto {
  /** Its estimate in its program's unit (story points, or original estimate in person-days); null when it has none. */
  readonly estimate: number | null;
  /** Its program's unit; story points while the program has no capacity set (or it has no program). */
  readonly unit: CapacityUnit;
  /** The quarter it would start in (its start date's, else its due date's), as `yyyy-Qn`; null without dates. */
  readonly quarter: string | null;
}
