import type { SnapshotStore } from '../../ports/snapshot-store';
import { datedSnapshotStore } from './dated-snapshot-store';

/** The dated snapshots and daily history over Forge's key-value store (@forge/kvs). */
export function createSnapshotStore(): SnapshotStore {
  return {
    saveDailySnapshot: (day, rollup) => datedSnapshotStore.save(day, rollup),
    listSnapshotDays: (projectKey) => datedSnapshotStore.listDays(projectKey),
    loadLatestSnapshotBefore: (projectKey, day) => datedSnapshotStore.loadLatestBefore(projectKey, day),
    loadHistory: (projectKey) => datedSnapshotStore.loadHistory(projectKey),
  };
}
