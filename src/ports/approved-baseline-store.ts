import type { ApprovedBaseline } from '../domain/change-control/approved-baseline';
import type { ProjectKey } from '../domain/ids/project-key';

/** Where each project's approved baseline versions are kept: every version written once, never changed. */
export interface ApprovedBaselineStore {
  /** Every version of the project's approved baseline, oldest first (empty when none was ever approved). */
  listVersions(projectKey: ProjectKey): Promise<readonly ApprovedBaseline[]>;
  /** Writes a new version; `conflict` (and nothing written) when that version of the project already exists. */
  addVersion(baseline: ApprovedBaseline): Promise<'saved' | 'conflict'>;
}
