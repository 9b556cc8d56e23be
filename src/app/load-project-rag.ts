import type { ProjectRagDto } from '../contract/raid-governance-dto';
import type { RollupStore } from '../ports/rollup-store';

/** The project's overall colour from its stored roll-up; null before its first refresh. No Jira request. */
export async function loadProjectRag(store: Pick<RollupStore, 'loadRollup'>, projectKey: string): Promise<ProjectRagDto | null> {
  const stored = await store.loadRollup(projectKey);
  return stored === null ? null : { rag: stored.rollup.overall.rag, reason: stored.rollup.overall.reason, asOf: stored.rollup.asOf };
}
