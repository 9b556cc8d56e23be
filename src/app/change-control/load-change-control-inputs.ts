import type { ChangeControlRecords } from '../../domain/change-control/change-control-records';
import type { ProjectKey } from '../../domain/ids/project-key';
import type { ApprovedBaselineStore } from '../../ports/approved-baseline-store';
import type { ChangeDecisionStore } from '../../ports/change-decision-store';
import { standingDecisions } from './standing-decisions';

/** The two stores change control's records are read from. */
interface ChangeControlRecordStores {
  readonly baselines: Pick<ApprovedBaselineStore, 'listVersions'>;
  readonly decisions: Pick<ChangeDecisionStore, 'listDecisions'>;
}

/**
 * A project's change control records as a refresh needs them, from storage only (no Jira request): its current
 * approved version (the highest, or null before any) and the standing decision recorded on each change request.
 *
 * @example
 * const changeControlFor = (key: ProjectKey) => loadChangeControlInputs({ baselines, decisions }, key);
 * (await changeControlFor('CORE')).current?.version; // 2
 */
export async function loadChangeControlInputs(stores: ChangeControlRecordStores, projectKey: ProjectKey): Promise<ChangeControlRecords> {
  const [versions, decisions] = await Promise.all([stores.baselines.listVersions(projectKey), stores.decisions.listDecisions(projectKey)]);
  const current = versions.reduce<(typeof versions)[number] | null>(
    (latest, version) => (latest === null || version.version > latest.version ? version : latest),
    null,
  );
  return { current, decisions: [...standingDecisions(decisions).values()].map((recorded) => recorded.decision) };
}
