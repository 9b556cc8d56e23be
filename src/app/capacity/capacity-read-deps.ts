import type { Template } from '../../domain/template/template';
import type { CapacityStore } from '../../ports/capacity-store';
import type { IntakeSettingsStore } from '../../ports/intake-settings-store';
import type { RollupStore } from '../../ports/rollup-store';
import type { ViewerDirectory } from '../../ports/viewer-directory';
import type { WorkItemStore } from '../../ports/work-item-store';

/** What reading capacity needs: Jira as the viewer (their projects, their admin standing) and storage, no search. */
export interface CapacityReadDeps {
  /** Asked as the viewer: only projects Jira lets them browse are counted. */
  readonly viewer: Pick<ViewerDirectory, 'browsableProjects' | 'isJiraAdmin'>;
  /** Stored roll-ups: their project's category is the program, as the portfolio groups it. */
  readonly rollups: Pick<RollupStore, 'loadRollup'>;
  readonly workItems: Pick<WorkItemStore, 'loadProjectIssues'>;
  readonly capacities: Pick<CapacityStore, 'loadCapacities'>;
  /** The template a project follows: its RAID mapping says which items are not work. */
  readonly templateFor: (projectKey: string) => Promise<Template>;
  /** The intake settings: the projects they name hold proposals, not delivery work, so none of their items is demand. */
  readonly intakeSettings: Pick<IntakeSettingsStore, 'loadSettings'>;
}
