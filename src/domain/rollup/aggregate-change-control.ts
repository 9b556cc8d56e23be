/** Change control summed over a program's or the portfolio's projects that have it in their roll-ups. */
export interface AggregateChangeControl {
  /** Projects whose roll-up has a change control section. */
  readonly projects: number;
  /** Of those, projects with an approved baseline. */
  readonly baselinedProjects: number;
  readonly changeRequests: number;
  readonly pending: number;
  readonly uncontrolledSlips: number;
}
