import type { RefreshJobBody } from '../adapters/events/refresh-queue';
import { parseAccountId } from '../domain/ids/parse-account-id';
import { parseProjectKey } from '../domain/ids/parse-project-key';
import type { ProjectRef } from '../domain/rollup/project-ref';
import { jiraProjectOf } from '../app/jira-project-of';
import type { RollupStore } from '../ports/rollup-store';

/** The project as the job already knows it (carried by the job, or from its stored roll-up); null to look it up. */
export async function knownProject(
  rollups: Pick<RollupStore, 'loadRollup'>,
  body: Extract<RefreshJobBody, { kind: 'project' | 'incremental' }>,
): Promise<ProjectRef | null> {
  const key = parseProjectKey(body.projectKey);
  if (key === null) return null;
  if (body.kind === 'project' && body.project) {
    return { key, name: body.project.name, category: body.project.category, leadId: body.project.leadId === null ? null : parseAccountId(body.project.leadId) };
  }
  const stored = await rollups.loadRollup(key);
  return stored === null ? null : jiraProjectOf(stored);
}
