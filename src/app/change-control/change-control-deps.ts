import type { Template } from '../../domain/template/template';
import type { ApprovedBaselineStore } from '../../ports/approved-baseline-store';
import type { ChangeControlJira } from '../../ports/change-control-jira';
import type { ChangeDecisionStore } from '../../ports/change-decision-store';
import type { FieldMappingStore } from '../../ports/field-mapping-store';

/** What reading a project's change control needs: Jira as the viewer, the stored versions and decisions, the time. */
export interface ChangeControlDeps {
  readonly jira: ChangeControlJira;
  readonly fieldMappings: Pick<FieldMappingStore, 'loadFieldMapping'>;
  readonly baselines: ApprovedBaselineStore;
  readonly decisions: ChangeDecisionStore;
  /** The template the project follows, whose RAID policy says which issues are not work (and so not scope). */
  readonly templateFor: (projectKey: string) => Promise<Template>;
  readonly now: () => Date;
}
