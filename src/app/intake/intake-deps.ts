import type { ChangeControlJira } from '../../ports/change-control-jira';
import type { CapacityReadDeps } from '../capacity/capacity-read-deps';
import type { IntakeSettingsStore } from '../../ports/intake-settings-store';
import type { ProposalDecisionStore } from '../../ports/proposal-decision-store';
import type { ProposalDeliveryStore } from '../../ports/proposal-delivery-store';
import type { ReviewerScoreStore } from '../../ports/reviewer-score-store';
import type { RollupStore } from '../../ports/rollup-store';
import type { ScoringModelStore } from '../../ports/scoring-model-store';
import type { ViewerDirectory } from '../../ports/viewer-directory';
import type { WorkItemStore } from '../../ports/work-item-store';

/**
 * What reading the intake board needs: Jira as the viewer (which projects they may browse, whether they may decide)
 * and the stored work items, roll-ups, settings, models, scores and decisions. No Jira search.
 */
export interface IntakeDeps {
  readonly viewer: Pick<ViewerDirectory, 'browsableProjects' | 'isJiraAdmin'>;
  /** Asked as the viewer: ADMINISTER, or ADMINISTER_PROJECTS on the project. */
  readonly jira: Pick<ChangeControlJira, 'mayAdministerProject'>;
  readonly workItems: Pick<WorkItemStore, 'loadProjectIssues'>;
  /** For the program a project belongs to (its category, or the program an admin assigned). */
  readonly rollups: Pick<RollupStore, 'loadRollup'>;
  readonly settings: IntakeSettingsStore;
  readonly models: ScoringModelStore;
  readonly scores: ReviewerScoreStore;
  readonly decisions: ProposalDecisionStore;
  /** The capacity heat map's reads (storage only), for the check an approval makes. */
  readonly capacity: CapacityReadDeps;
  /** The clock the capacity check places today by. */
  readonly now: () => Date;
  /** The links from approved proposals to the projects or epics that deliver them. */
  readonly deliveries: ProposalDeliveryStore;
}
