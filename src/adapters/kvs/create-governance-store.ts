import { kvs } from '@forge/kvs';
import { z } from 'zod';
import type { FieldMapping } from '../../ports/field-mapping';
import type { GovernanceStore } from '../../ports/governance-store';
import { datedSnapshotStore } from './dated-snapshot-store';
import { kvsKeys } from './kvs-keys';
import { pendingChangeStore } from './pending-change-store';
import { refreshCheckpointStore } from './refresh-checkpoint-store';
import { rollupStore } from './rollup-store';
import { workItemShards, type ShardKeys } from './work-item-shards';

const fieldId = z.string().nullable();
const fieldMappingSchema = z.object({
  storyPoints: fieldId,
  storyPointEstimate: fieldId,
  startDate: fieldId,
  budget: fieldId,
  actualCost: fieldId,
  probability: fieldId,
  impact: fieldId,
  mitigation: fieldId,
  program: fieldId,
  // Required: a mapping stored before the role existed fails to read and is discovered again, flag field included.
  flagged: fieldId,
}) satisfies z.ZodType<FieldMapping>;

const projectItemKeys = (projectKey: string): ShardKeys => ({
  index: kvsKeys.workItemsIndex(projectKey),
  shard: (digest) => kvsKeys.workItemsShard(projectKey, digest),
  legacyShard: (generation, shard) => kvsKeys.workItemsLegacyShard(projectKey, generation, shard),
});

/** The governance store over Forge's key-value store (@forge/kvs). */
export function createGovernanceStore(): GovernanceStore {
  return {
    loadRollup: (projectKey) => rollupStore.load(projectKey),
    saveRollup: (projectKey, stored) => rollupStore.save(projectKey, stored),
    listRollups: () => rollupStore.list(),
    loadProjectIssues: (projectKey) => workItemShards.load(projectItemKeys(projectKey)),
    saveProjectIssues: (projectKey, issues) => workItemShards.save(projectItemKeys(projectKey), issues),
    loadCheckpoint: (projectKey) => refreshCheckpointStore.load(projectKey),
    saveCheckpoint: (projectKey, checkpoint, issues) => refreshCheckpointStore.save(projectKey, checkpoint, issues),
    clearCheckpoint: (projectKey) => refreshCheckpointStore.clear(projectKey),
    saveDailySnapshot: (day, rollup) => datedSnapshotStore.save(day, rollup),
    listSnapshotDays: (projectKey) => datedSnapshotStore.listDays(projectKey),
    loadLatestSnapshotBefore: (projectKey, day) => datedSnapshotStore.loadLatestBefore(projectKey, day),
    loadHistory: (projectKey) => datedSnapshotStore.loadHistory(projectKey),
    async listStaleProjects() {
      return [...new Set((await pendingChangeStore.list()).map((change) => change.projectKey))];
    },
    async loadFieldMapping() {
      const parsed = fieldMappingSchema.safeParse(await kvs.get(kvsKeys.discoveredFieldMapping));
      return parsed.success ? parsed.data : null;
    },
    async saveFieldMapping(mapping) {
      await kvs.set(kvsKeys.discoveredFieldMapping, mapping);
    },
    async clearStaleMark(projectKey) {
      await pendingChangeStore.remove((await pendingChangeStore.list()).filter((change) => change.projectKey === projectKey));
    },
  };
}
