import type { PortfolioJira } from '../ports/portfolio-jira';
import type { PortfolioProject } from '../ports/portfolio-project';

/** Every project of the site (read as the app), with its category and lead, in key order: what the portfolio rolls up. */
export async function listPortfolioProjects(jira: PortfolioJira): Promise<PortfolioProject[]> {
  const projects = await jira.listProjects();
  return [...projects].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}
