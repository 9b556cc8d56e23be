import type { PortfolioDto } from '../../../../src/contract/portfolio-dto';

/** How far a requested refresh has got over the projects the viewer can see. */
export interface RefreshProgress {
  readonly refreshed: number;
  readonly total: number;
  readonly text: string;
}

/**
 * The refresh still under way, or null when none is (never asked for, or every visible project refreshed since).
 *
 * @example
 * describeRefreshProgress(portfolioWith({ projects: 8, pendingProjects: 3 }))?.text; // => '5 of 8 projects refreshed'
 */
export function describeRefreshProgress(portfolio: PortfolioDto): RefreshProgress | null {
  const pending = portfolio.refresh.pendingProjects;
  if (pending <= 0) return null;
  const visible = portfolio.programs.reduce((sum, program) => sum + program.projects.length, 0) + portfolio.notRefreshed.length;
  const total = Math.max(visible, pending);
  const refreshed = total - pending;
  return { refreshed, total, text: `${refreshed} of ${total} ${total === 1 ? 'project' : 'projects'} refreshed` };
}
