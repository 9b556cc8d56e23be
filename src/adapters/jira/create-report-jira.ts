import { z } from 'zod';
import { parseProjectKey } from '../../domain/ids/parse-project-key';
import type { ReportJira } from '../../ports/report-jira';
import { fetchDueDateChanges } from './fetch-due-date-changes';
import type { JiraClient } from './jira-client';
import { searchIssuesPage } from './search-issues-page';

/** Fields of each updated issue the report reads: enough to know the issue, its key, its current state and who holds it. */
export const reportSearchFields = ['summary', 'status', 'duedate', 'resolutiondate', 'labels', 'assignee'] as const;

const assigneeSchema = z.object({ assignee: z.object({ accountId: z.string(), displayName: z.string() }).nullable().optional().catch(null) });

/**
 * The report's Jira reads over a client acting as the viewer: one search (`project in (...) AND updated >= day`) for
 * the issues changed in the period, then their due date history from the bulk changelog. Flags come with the stored
 * work items, so no field lookup is needed here. The assignees' names of those issues come with the same search, so
 * the report can name who holds a decision without asking Jira again.
 */
export function createReportJira(client: JiraClient): ReportJira {
  return {
    async periodActivity(projectKeys, sinceDay) {
      const keys = projectKeys.flatMap((key) => parseProjectKey(key) ?? []);
      if (keys.length === 0 || !/^\d{4}-\d{2}-\d{2}$/.test(sinceDay)) return { dueDateChanges: [], people: [] };
      const jql = `project in (${keys.map((key) => `"${key}"`).join(', ')}) AND updated >= "${sinceDay}" ORDER BY key ASC`;
      const updated = new Map<string, string>();
      const people = new Map<string, string>();
      let nextPageToken: string | null = null;
      do {
        const page = await searchIssuesPage(client, { jql, fields: [...reportSearchFields], maxResults: 100, nextPageToken });
        for (const issue of page.issues) {
          if (issue.key !== undefined) updated.set(issue.id, issue.key);
          const assignee = assigneeSchema.safeParse(issue.fields ?? {}).data?.assignee;
          if (assignee !== undefined && assignee !== null) people.set(assignee.accountId, assignee.displayName);
        }
        nextPageToken = page.nextPageToken;
      } while (nextPageToken !== null);
      return {
        dueDateChanges: await fetchDueDateChanges(client, updated),
        people: [...people].map(([accountId, displayName]) => ({ accountId, displayName })),
      };
    },
  };
}
