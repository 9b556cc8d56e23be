import type { ProjectRef } from '../domain/rollup/project-ref';

/** A Jira project as the portfolio sees it: the roll-up's project reference plus Jira's project id. */
export interface PortfolioProject extends ProjectRef {
  readonly id: string;
}
