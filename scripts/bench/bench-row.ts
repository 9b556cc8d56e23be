import type { PhaseMeasure } from './phase-measure';

/** One printed line of the benchmark: a refresh phase at one site size. */
export interface BenchRow {
  /** Issues in the site. */
  readonly size: number;
  readonly phase: string;
  /** The fewest Jira requests the phase could have made (search pages of 100 issues). */
  readonly minimum: number;
  readonly measure: PhaseMeasure;
}
