import type { ApprovedBaseline } from '../../domain/change-control/approved-baseline';
import type { ProjectKey } from '../../domain/ids/project-key';
import type { ApprovedBaselineStore } from '../../ports/approved-baseline-store';
import type { ChangeDecisionStore } from '../../ports/change-decision-store';
import type { RecordedDecision } from '../../ports/recorded-decision';
import type { AuditWriter } from '../templates/audit-writer';
import { recordAudit } from '../templates/record-audit';

const verbs = { approved: 'Approved', rejected: 'Rejected', deferred: 'Deferred', pending: 'Reopened' } as const;

/**
 * Writes a decision on a change request and, for an approval that moves the approved baseline, its next version;
 * then audits it as `change-control.decide` under the audit writer's actor. Each is written once: a decision version
 * someone else wrote first is `decision-conflict` with nothing written; a baseline version another approval took first
 * is `baseline-conflict`, and the decision just written is taken back, so either both are written or neither.
 *
 * @param note words the audit summary ends with (why an approval moved no baseline, say).
 */
export async function writeDecision(
  ports: { readonly decisions: ChangeDecisionStore; readonly baselines: ApprovedBaselineStore; readonly audit: AuditWriter },
  write: {
    readonly projectKey: ProjectKey;
    readonly standing: RecordedDecision | null;
    readonly recorded: RecordedDecision;
    readonly next: ApprovedBaseline | null;
    readonly note?: string;
  },
): Promise<'recorded' | 'decision-conflict' | 'baseline-conflict'> {
  const { projectKey, standing, recorded, next } = write;
  const { changeKey, outcome, source } = recorded.decision;
  if ((await ports.decisions.addDecision(projectKey, recorded)) === 'conflict') return 'decision-conflict';
  if (next !== null && (await ports.baselines.addVersion(next)) === 'conflict') {
    await ports.decisions.withdrawDecision(projectKey, changeKey, recorded.version);
    return 'baseline-conflict';
  }
  const via = source === 'workflow' ? ' in the Jira workflow' : '';
  const making = next === null ? '' : `, making version ${String(next.version)} of ${projectKey}'s baseline`;
  const note = write.note === undefined ? '' : `; ${write.note}`;
  await recordAudit(ports.audit, 'change-control.decide', changeKey, `${verbs[outcome]} ${changeKey}${via}${making}${note}`, standing, recorded);
  return 'recorded';
}
