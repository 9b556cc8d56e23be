import type { PendingChange } from './pending-change';

/** The issue changes events announced and no sweep has read yet. */
export interface PendingChanges {
  list(): Promise<readonly PendingChange[]>;
  remove(changes: readonly PendingChange[]): Promise<void>;
}
