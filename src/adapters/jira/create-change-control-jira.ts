import type { ChangeRequest } from '../../domain/change-control/change-request';
import type { DueDateMove } from '../../domain/change-control/due-date-move';
import { parseAccountId } from '../../domain/ids/parse-account-id';
import { parseProjectKey } from '../../domain/ids/parse-project-key';
import { parseInstant } from '../../domain/time/parse-instant';
import { parseCalendarDay } from '../../domain/time/parse-calendar-day';
import type { WorkItem } from '../../domain/work-item/work-item';
import type { ChangeControlJira } from '../../ports/change-control-jira';
import { discoverChangeImpactFields } from './discover-change-impact-fields';
import { discoverFieldIds } from './discover-field-ids';
import { fetchDueDateChanges } from './fetch-due-date-changes';
import { findProject } from './find-project';
import { getFields } from './get-fields';
import { jiraIssueSchema } from './jira-issue-schema';
import type { JiraClient } from './jira-client';
import { mayAdministerProject } from './may-administer-project';
import { ISSUE_PAGE_SIZE } from './read-issue-pages';
import { rollupFieldIds } from './read-project-issues';
import { readStatusMoves } from './read-status-moves';
import { searchIssuesPage } from './search-issues-page';
import { toChangeRequest } from './to-change-request';
import { toWorkItem } from './to-work-item';

/** A changelog day read back as a calendar day; anything else is taken as no date. */
const dayOrNull = (text: string | null) => (text === null ? null : parseCalendarDay(text));

/**
 * Change control's reads over a Jira client that acts as the viewer (asUser): the project and the viewer's right to
 * administer it, the project's issues in one paged search (the change requests among them, with their impact fields
 * found by name in one more request) and the due date or status changelog of the issues asked for.
 */
export function createChangeControlJira(client: JiraClient): ChangeControlJira {
  return {
    discoverFieldMapping: async () => discoverFieldIds(await getFields(client)),
    async findProject(projectKey) {
      const project = await findProject(client, projectKey);
      const key = project === null ? null : parseProjectKey(project.key);
      return project === null || key === null ? null : { key, name: project.name };
    },
    mayAdministerProject: (projectKey) => mayAdministerProject(client, projectKey),
    async readProject(projectKey, mapping, isChange) {
      const impactFields = discoverChangeImpactFields(await getFields(client));
      const impactIds = [impactFields.days, impactFields.cost, impactFields.scope].filter((id): id is string => id !== null);
      const fields = [...new Set([...rollupFieldIds(mapping), ...impactIds])];
      const issues: { issueId: string; item: WorkItem }[] = [];
      const changes: ChangeRequest[] = [];
      let token: string | null = null;
      do {
        const page = await searchIssuesPage(client, {
          jql: `project = "${projectKey}" ORDER BY key ASC`,
          fields,
          maxResults: ISSUE_PAGE_SIZE,
          nextPageToken: token,
        });
        for (const raw of page.issues) {
          const parsed = jiraIssueSchema.safeParse(raw);
          const item = parsed.success ? toWorkItem(parsed.data, mapping) : null;
          if (!parsed.success || item === null) continue;
          issues.push({ issueId: parsed.data.id, item });
          const change = isChange(item) ? toChangeRequest(item, parsed.data.fields, impactFields) : null;
          if (change !== null) changes.push(change);
        }
        token = page.nextPageToken;
      } while (token !== null);
      return { issues, changes };
    },
    async dueDateMoves(issues) {
      if (issues.size === 0) return { moves: [], names: new Map() };
      const changes = await fetchDueDateChanges(client, issues);
      const moves = changes.flatMap((change): DueDateMove[] => {
        const at = parseInstant(change.at);
        if (at === null) return [];
        return [
          { issueKey: change.key, from: dayOrNull(change.from), to: dayOrNull(change.to), at, by: change.by === undefined ? null : parseAccountId(change.by) },
        ];
      });
      const names = new Map(changes.flatMap((change) => (change.by === undefined || change.byName === undefined ? [] : [[change.by, change.byName] as const])));
      return { moves, names };
    },
    statusMoves: (issues) => readStatusMoves(client, issues),
    requestCount: () => client.requestCount(),
  };
}
