import Heading from '@atlaskit/heading';
import Lozenge from '@atlaskit/lozenge';
import type { IssueBaselineDto, IssueChangeDto } from '../../../../src/contract/issue-change-dto';
import type { ChangeOutcome } from '../../../../src/domain/change-control';
import { writtenDayLabel } from '../../../../src/domain/time';
import { ContextFacts } from './context-facts';

const outcomeWords: Readonly<Record<ChangeOutcome, string>> = { approved: 'Approved', rejected: 'Rejected', deferred: 'Deferred', pending: 'Pending' };
const outcomeAppearance = { approved: 'success', rejected: 'removed', deferred: 'moved', pending: 'default' } as const;

function decisionNote(change: IssueChangeDto): string {
  if (change.outcome === 'pending') return 'waiting for a decision';
  if (change.decidedAt === null) return `by the Jira workflow (status ${change.statusName})`;
  const by = change.deciderName === null ? '' : ` by ${change.deciderName}`;
  return `${writtenDayLabel(change.decidedAt)}${by}${change.source === 'workflow' ? ' in the Jira workflow' : ''}${change.reason === null ? '' : `: ${change.reason}`}`;
}

function baselineFacts(baseline: IssueBaselineDto): { term: string; description: string }[] {
  const beyond = baseline.daysBeyond;
  const standing =
    beyond === null
      ? 'No due date now'
      : beyond > 0
        ? `${String(beyond)} calendar days later than approved`
        : beyond < 0
          ? `${String(-beyond)} calendar days earlier than approved`
          : 'On the approved date';
  return [
    { term: 'Approved due', description: `${writtenDayLabel(baseline.approvedDue)} (baseline v${String(baseline.version)})` },
    { term: 'Due now', description: baseline.currentDue === null ? 'None' : writtenDayLabel(baseline.currentDue) },
    { term: 'Against the baseline', description: standing },
  ];
}

/**
 * The issue panel's change control: where the issue stands against its project's approved baseline, and the change
 * requests that touch it with their decisions. Renders nothing for an issue neither holds.
 */
export function IssueChangeControlView({
  changes,
  approvedBaseline,
}: {
  readonly changes: readonly IssueChangeDto[];
  readonly approvedBaseline: IssueBaselineDto | null;
}) {
  if (changes.length === 0 && approvedBaseline === null) return null;
  return (
    <section aria-labelledby="pmo-changes-heading" className="pmo-panel">
      <Heading size="small" as="h2" id="pmo-changes-heading">
        Change control
      </Heading>
      {approvedBaseline !== null && <ContextFacts label="Approved baseline" facts={baselineFacts(approvedBaseline)} />}
      {changes.length > 0 && (
        <ul className="pmo-raid-list" aria-label="Change requests for this issue">
          {changes.map((change) => (
            <li key={change.key}>
              <span className="pmo-raid-line">
                <Lozenge appearance={outcomeAppearance[change.outcome]}>{outcomeWords[change.outcome]}</Lozenge>
                <span className="pmo-raid-key">{change.key}</span>
                <span>{change.relation === 'self' ? `This change request: ${change.summary}` : change.summary}</span>
              </span>
              <span className="pmo-raid-line pmo-raid-meta">{decisionNote(change)}</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
