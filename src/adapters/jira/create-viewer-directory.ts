import type { ViewerDirectory } from '../../ports/viewer-directory';
import { getMyself } from './get-myself';
import { hasGlobalPermission } from './has-global-permission';
import type { JiraClient } from './jira-client';
import { searchProjects } from './search-projects';

/** The viewer directory over a Jira client that acts as the viewer (asUser). */
export function createViewerDirectory(client: JiraClient): ViewerDirectory {
  return {
    myself: () => getMyself(client),
    isJiraAdmin: () => hasGlobalPermission(client, 'ADMINISTER'),
    browsableProjects: async () =>
      (await searchProjects(client)).map((p) => ({
        id: p.id,
        key: p.key,
        name: p.name,
        category: p.projectCategory?.name ?? null,
        leadAccountId: p.lead?.accountId ?? null,
        leadDisplayName: p.lead?.displayName ?? null,
      })),
  };
}
