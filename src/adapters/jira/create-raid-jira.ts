import type { FieldMapping } from '../../ports/field-mapping';
import type { OwnedWorkItem, RaidJira } from '../../ports/raid-jira';
import { BULK_FETCH_LIMIT, bulkFetchIssues } from './bulk-fetch-issues';
import { discoverFieldIds } from './discover-field-ids';
import { findProject } from './find-project';
import { getFields } from './get-fields';
import { getIssue } from './get-issue';
import { JiraError } from './jira-error';
import type { JiraClient } from './jira-client';
import { ISSUE_PAGE_SIZE } from './read-issue-pages';
import { rollupFieldIds } from './read-project-issues';
import { searchIssuesPage } from './search-issues-page';
import { toOwnedWorkItem } from './to-owned-work-item';

function readAll(issues: readonly unknown[], mapping: FieldMapping): OwnedWorkItem[] {
  return issues.flatMap((raw) => toOwnedWorkItem(raw, mapping) ?? []);
}

/** The RAID views' reads over a Jira client that acts as the viewer (asUser). */
export function createRaidJira(client: JiraClient): RaidJira {
  return {
    discoverFieldMapping: async () => discoverFieldIds(await getFields(client)),
    async readIssue(issueKey, mapping) {
      const raw = await getIssue(client, issueKey, rollupFieldIds(mapping));
      const owned = toOwnedWorkItem(raw, mapping);
      if (owned === null) throw new JiraError('invalid-response', 200, `Jira's answer for ${issueKey} could not be read as an issue`);
      return owned;
    },
    async searchPage(jql, mapping, maxResults) {
      const page = await searchIssuesPage(client, { jql, fields: rollupFieldIds(mapping), maxResults, nextPageToken: null });
      return { items: readAll(page.issues, mapping), complete: page.nextPageToken === null };
    },
    async searchAll(jql, mapping) {
      const items: OwnedWorkItem[] = [];
      let token: string | null = null;
      do {
        const page = await searchIssuesPage(client, { jql, fields: rollupFieldIds(mapping), maxResults: ISSUE_PAGE_SIZE, nextPageToken: token });
        items.push(...readAll(page.issues, mapping));
        token = page.nextPageToken;
      } while (token !== null);
      return items;
    },
    async readIssues(issueKeys, mapping) {
      const items: OwnedWorkItem[] = [];
      for (let start = 0; start < issueKeys.length; start += BULK_FETCH_LIMIT) {
        items.push(...readAll(await bulkFetchIssues(client, issueKeys.slice(start, start + BULK_FETCH_LIMIT), rollupFieldIds(mapping)), mapping));
      }
      return items;
    },
    async findProject(projectKey) {
      const project = await findProject(client, projectKey);
      return project === null ? null : { key: project.key, name: project.name };
    },
    requestCount: () => client.requestCount(),
  };
}
