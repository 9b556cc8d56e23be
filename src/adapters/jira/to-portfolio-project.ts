import { parseAccountId } from '../../domain/ids/parse-account-id';
import { parseProjectKey } from '../../domain/ids/parse-project-key';
import type { PortfolioProject } from '../../ports/portfolio-project';
import type { JiraProject } from './search-projects';

/** A Jira project as the portfolio sees it: category as the default program, lead as the owner; null for a malformed key. */
export function toPortfolioProject(project: JiraProject): PortfolioProject | null {
  const key = parseProjectKey(project.key);
  if (key === null) return null;
  return {
    id: project.id,
    key,
    name: project.name,
    category: project.projectCategory?.name ?? null,
    leadId: project.lead ? parseAccountId(project.lead.accountId) : null,
  };
}
