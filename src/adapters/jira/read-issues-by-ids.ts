import type { FieldMapping } from '../../ports/field-mapping';
import type { ProjectIssueRead } from '../../ports/portfolio-jira';
import type { ProjectIssue } from '../../ports/project-issue';
import { BULK_FETCH_LIMIT, bulkFetchIssues } from './bulk-fetch-issues';
import { jiraIssueSchema } from './jira-issue-schema';
import type { JiraClient } from './jira-client';
import { rollupFieldIds } from './read-project-issues';
import { toWorkItem } from './to-work-item';

/**
 * Reads named issues with the roll-up's fields through POST /rest/api/3/issue/bulkfetch, 100 a request: what a
 * reconciliation needs for the issues Jira holds that the store lacks, without re-reading the ones it has.
 */
export async function readIssuesByIds(client: JiraClient, issueIds: readonly string[], mapping: FieldMapping): Promise<ProjectIssueRead> {
  const fields = rollupFieldIds(mapping);
  const issues: ProjectIssue[] = [];
  let skipped = 0;
  let pages = 0;
  for (let i = 0; i < issueIds.length; i += BULK_FETCH_LIMIT) {
    const batch = await bulkFetchIssues(client, issueIds.slice(i, i + BULK_FETCH_LIMIT), fields);
    pages += 1;
    for (const raw of batch) {
      const parsed = jiraIssueSchema.safeParse(raw);
      const item = parsed.success ? toWorkItem(parsed.data, mapping) : null;
      if (parsed.success && item !== null) issues.push({ issueId: parsed.data.id, item });
      else skipped += 1;
    }
  }
  return { issues, skipped, pages, nextPageToken: null };
}
