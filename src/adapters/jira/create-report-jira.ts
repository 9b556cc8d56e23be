import { parseProjectKey } from '../../domain/ids/parse-project-key';
import type { ReportJira } from '../../ports/report-jira';
import { fetchDueDateChanges } from './fetch-due-date-changes';
import { getFields } from './get-fields';
import type { JiraClient } from './jira-client';
import { searchIssuesPage } from './search-issues-page';

/** Fields of each updated issue the report reads (the flag field is added when the site has one). */
export const reportSearchFields = ['summary', 'status', 'duedate', 'resolutiondate', 'labels'] as const;

/** Jira's flag ("Flagged", an impediment) holds a non-empty list of options when set. */
function isFlagged(value: unknown): boolean {
  return Array.isArray(value) ? value.length > 0 : value !== null && value !== undefined && value !== '';
}

/**
 * The report's Jira reads over a client acting as the viewer: one search (`project in (...) AND updated >= day`) for
 * the issues changed in the period, then their due date history from the bulk changelog. The "Flagged" field is found
 * by name, since its id differs per site.
 */
export function createReportJira(client: JiraClient): ReportJira {
  return {
    async periodActivity(projectKeys, sinceDay) {
      const keys = projectKeys.flatMap((key) => parseProjectKey(key) ?? []);
      if (keys.length === 0 || !/^\d{4}-\d{2}-\d{2}$/.test(sinceDay)) return { dueDateChanges: [], flaggedKeys: [] };
      const flaggedId = (await getFields(client)).find((field) => field.name.toLowerCase() === 'flagged')?.id ?? null;
      const jql = `project in (${keys.map((key) => `"${key}"`).join(', ')}) AND updated >= "${sinceDay}" ORDER BY key ASC`;
      const fields = flaggedId === null ? [...reportSearchFields] : [...reportSearchFields, flaggedId];
      const updated = new Map<string, string>();
      const flaggedKeys: string[] = [];
      let nextPageToken: string | null = null;
      do {
        const page = await searchIssuesPage(client, { jql, fields, maxResults: 100, nextPageToken });
        for (const issue of page.issues) {
          if (issue.key === undefined) continue;
          updated.set(issue.id, issue.key);
          if (flaggedId !== null && isFlagged(issue.fields?.[flaggedId])) flaggedKeys.push(issue.key);
        }
        nextPageToken = page.nextPageToken;
      } while (nextPageToken !== null);
      return { dueDateChanges: await fetchDueDateChanges(client, updated), flaggedKeys };
    },
  };
}
