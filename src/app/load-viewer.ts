import type { ViewerDto } from '../contract/viewer-dto';
import type { ViewerDirectory } from '../ports/viewer-directory';

/** The viewer, their admin standing and the projects Jira lets them browse, in key order. */
export async function loadViewer(directory: ViewerDirectory): Promise<ViewerDto> {
  const [me, isAdmin, projects] = await Promise.all([directory.myself(), directory.isJiraAdmin(), directory.browsableProjects()]);
  return {
    accountId: me.accountId,
    displayName: me.displayName,
    isAdmin,
    projects: [...projects].sort((a, b) => a.key.localeCompare(b.key)).map((p) => ({ key: p.key, name: p.name, category: p.category })),
  };
}
