import type { ProjectRollup } from '../domain/rollup/project-rollup';
import type { RefreshRecord } from './refresh-record';

/** A project's current roll-up with the record of the refresh that produced it, stored together so they agree. */
export interface StoredRollup {
  readonly rollup: ProjectRollup;
  readonly refresh: RefreshRecord;
}
