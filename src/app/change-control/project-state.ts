import type { ApprovedBaseline } from '../../domain/change-control/approved-baseline';
import type { ChangePolicy } from '../../domain/change-control/change-policy';
import type { CurrentPlan } from '../../domain/change-control/current-plan';
import type { ProjectKey } from '../../domain/ids/project-key';
import type { ChangeControlRead } from '../../ports/change-control-read';
import type { RecordedDecision } from '../../ports/recorded-decision';

/** A project's change control inputs: the project, what Jira holds, the approved versions and the decisions. */
export interface ProjectState {
  readonly project: { readonly key: ProjectKey; readonly name: string };
  readonly read: ChangeControlRead;
  /** The change policy of the project's template: which issues are change requests, which statuses decide them. */
  readonly policy: ChangePolicy;
  readonly plan: CurrentPlan;
  /** Oldest first. */
  readonly versions: readonly ApprovedBaseline[];
  /** Only those on change requests the viewer may see. */
  readonly decisions: readonly RecordedDecision[];
}
