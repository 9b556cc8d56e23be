import type { RefreshCheckpoints } from '../../ports/refresh-checkpoints';
import { refreshCheckpointStore } from './refresh-checkpoint-store';

/** The refresh checkpoints over Forge's key-value store (@forge/kvs). */
export function createRefreshCheckpoints(): RefreshCheckpoints {
  return {
    loadCheckpoint: (projectKey) => refreshCheckpointStore.load(projectKey),
    saveCheckpoint: (projectKey, checkpoint, issues) => refreshCheckpointStore.save(projectKey, checkpoint, issues),
    clearCheckpoint: (projectKey) => refreshCheckpointStore.clear(projectKey),
  };
}
