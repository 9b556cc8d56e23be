import type { WorkItemStore } from '../../ports/work-item-store';
import { kvsKeys } from './kvs-keys';
import { workItemShards, type ShardKeys } from './work-item-shards';

const projectItemKeys = (projectKey: string): ShardKeys => ({
  index: kvsKeys.workItemsIndex(projectKey),
  shard: (digest) => kvsKeys.workItemsShard(projectKey, digest),
  legacyShard: (generation, shard) => kvsKeys.workItemsLegacyShard(projectKey, generation, shard),
});

/** Each project's work items over Forge's key-value store (@forge/kvs), sharded under the project's keys. */
export function createWorkItemStore(): WorkItemStore {
  return {
    loadProjectIssues: (projectKey) => workItemShards.load(projectItemKeys(projectKey)),
    saveProjectIssues: (projectKey, issues) => workItemShards.save(projectItemKeys(projectKey), issues),
  };
}
