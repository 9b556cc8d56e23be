import Button from '@atlaskit/button/new';
import Heading from '@atlaskit/heading';
import Lozenge from '@atlaskit/lozenge';
import { useState } from 'react';
import type { ChangeControlDto, ChangeRequestDto, DecideChangePayload } from '../../../../src/contract/change-control-dto';
import type { RaidItemDto } from '../../../../src/contract/raid-item-dto';
import { callResolver } from '../resolver/call-resolver';
import { useResolver } from '../resolver/use-resolver';
import { ChangeDecisionForm } from './change-decision-form';
import { ConfirmedAction } from './confirmed-action';
import { DecisionLogSection } from './decision-log-section';
import { ErrorState } from './error-state';
import { LoadingState } from './loading-state';
import '../raid/raid.css';

const outcomeAppearance = { approved: 'success', rejected: 'removed', deferred: 'moved', pending: 'default' } as const;
const dayOf = (instant: string): string => instant.slice(0, 10);

/** A change request's standing decision in words: recorded in the app, carried by its Jira status, or none yet. */
function decisionOf(change: ChangeRequestDto): { readonly outcome: keyof typeof outcomeAppearance; readonly text: string } {
  if (change.decision !== null) {
    const who = change.decision.deciderName ?? change.decision.decidedBy;
    const why = change.decision.reason === null ? '' : `: ${change.decision.reason}`;
    return { outcome: change.decision.outcome, text: `${who}, ${dayOf(change.decision.decidedAt)}${why}` };
  }
  if (change.workflowOutcome !== null) return { outcome: change.workflowOutcome, text: 'by its Jira workflow status' };
  return { outcome: 'pending', text: 'waiting for a decision' };
}

function impactText(change: ChangeRequestDto): string {
  const parts = [
    change.impact.days === null ? null : `${String(change.impact.days)} days`,
    change.impact.cost === null ? null : `cost ${change.impact.cost.toLocaleString('en-GB')}`,
    change.impact.scope === null ? null : `scope ${String(change.impact.scope)} points`,
  ].filter((part): part is string => part !== null);
  return parts.length === 0 ? 'no impact stated' : parts.join(', ');
}

/**
 * The project page's change control and decision log: the current approved baseline (who, when) and its ledger, an
 * "Approve baseline" action and a decide form per change for those allowed, the pending changes with their age, every
 * uncontrolled slip, and the change requests with their decisions.
 */
export function ChangeControlSection({ projectKey, decisionItems }: { readonly projectKey: string; readonly decisionItems: readonly RaidItemDto[] }) {
  const loaded = useResolver(['getChangeControl', { projectKey }], { keepShownOnFailedReload: true });
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ readonly kind: 'done' | 'refused'; readonly text: string } | null>(null);
  const [deciding, setDeciding] = useState<string | null>(null);

  const settle = (answer: Awaited<ReturnType<typeof callResolver<'getChangeControl'>>>, success: string): boolean => {
    setBusy(false);
    if (answer.state !== 'ready') {
      const conflict = answer.code === 'CONFLICT';
      setMessage({ kind: 'refused', text: conflict ? `Someone decided first: ${answer.message} The section has been reloaded.` : answer.message });
      if (conflict) loaded.reload();
      return false;
    }
    loaded.show(answer.data);
    setMessage({ kind: 'done', text: success });
    return true;
  };

  switch (loaded.state) {
    case 'loading':
      return <LoadingState label="Loading change control" />;
    case 'error':
      return <ErrorState title="Change control could not be loaded" message={loaded.message} code={loaded.code} onRetry={loaded.retry} />;
    case 'ready':
      break;
  }
  const dto: ChangeControlDto = loaded.data;
  const nameOf = (accountId: string): string => (Object.hasOwn(dto.people, accountId) ? dto.people[accountId] : undefined) ?? accountId;
  const approve = async () => {
    setBusy(true);
    setMessage(null);
    const answer = await callResolver('approveBaseline', { projectKey, expectedVersion: dto.baseline?.version ?? 0 });
    settle(answer, `Approved version ${String((dto.baseline?.version ?? 0) + 1)} of ${projectKey}'s baseline.`);
  };
  const decide = async (payload: DecideChangePayload): Promise<boolean> => {
    setBusy(true);
    setMessage(null);
    const recorded = settle(await callResolver('decideChange', payload), `Recorded: ${payload.changeKey} ${payload.outcome}.`);
    if (recorded) setDeciding(null);
    return recorded;
  };

  return (
    <>
      <section className="pmo-panel" aria-labelledby="pmo-change-control-heading">
        <Heading size="medium" as="h2" id="pmo-change-control-heading">
          Change control
        </Heading>
        {dto.baseline === null ? (
          <p>
            No approved baseline yet. Approving one records this project's plan as it stands in Jira now (the due dates of its milestones, gates and epics, its
            budget at completion and its scope) as version 1; change requests are then decided against it, and any later move is either covered by an approved
            change or shown here as uncontrolled.
          </p>
        ) : (
          <>
            <p>
              Approved baseline version {dto.baseline.version}, approved {dayOf(dto.baseline.approvedAt)} by {nameOf(dto.baseline.approvedBy)} (
              {dto.baseline.items.length} dated items
              {dto.baseline.budgetAtCompletion === null ? '' : `, budget ${dto.baseline.budgetAtCompletion.toLocaleString('en-GB')}`}).
            </p>
            <p className="pmo-ledger" aria-label="Ledger">
              <strong>Ledger:</strong> {dto.ledger.map((entry) => entry.label).join(' -> ')}
            </p>
          </>
        )}
        {dto.canDecide && (
          <ConfirmedAction
            verb="Approve"
            subject={dto.baseline === null ? 'baseline' : `baseline version ${String(dto.baseline.version + 1)}`}
            question={`Approve ${projectKey}'s plan as it stands in Jira now?`}
            consequence={`This records the current due dates, budget and scope as version ${String((dto.baseline?.version ?? 0) + 1)} of the approved baseline.`}
            busy={busy}
            onConfirm={() => void approve()}
          />
        )}
        {message !== null && (
          <p className={message.kind === 'refused' ? 'pmo-field-error' : 'pmo-hint'} role={message.kind === 'refused' ? 'alert' : 'status'}>
            {message.text}
          </p>
        )}

        <Heading size="small" as="h3">
          Uncontrolled slips ({dto.uncontrolled?.slips.length ?? 0})
        </Heading>
        {dto.uncontrolled === null || dto.uncontrolled.slips.length === 0 ? (
          <p>
            {dto.uncontrolled === null
              ? 'Nothing to compare until a baseline is approved.'
              : 'Every move past the approved baseline is covered by an approved change.'}
          </p>
        ) : (
          <ul className="pmo-raid-list" aria-label="Uncontrolled slips">
            {dto.uncontrolled.slips.map((slip) => (
              <li key={slip.itemKey}>
                <span className="pmo-raid-line">
                  <Lozenge appearance="removed">Uncontrolled</Lozenge>
                  <span className="pmo-raid-key">{slip.itemKey}</span>
                  <span>
                    {slip.kind}: approved {slip.approvedDue}, now {slip.currentDue}, {slip.daysLate} days late
                  </span>
                </span>
                <span className="pmo-raid-meta">
                  {slip.move === null
                    ? 'The changelog does not show the move.'
                    : `Moved ${dayOf(slip.move.movedAt)} by ${slip.move.movedBy === null ? 'an unnamed user' : nameOf(slip.move.movedBy)}`}
                </span>
              </li>
            ))}
          </ul>
        )}

        <Heading size="small" as="h3">
          Pending changes ({dto.pending.length})
        </Heading>
        {dto.pending.length === 0 ? (
          <p>No change request waits for a decision.</p>
        ) : (
          <ul className="pmo-raid-list" aria-label="Pending changes">
            {dto.pending.map((pending) => (
              <li key={pending.key}>
                <span className="pmo-raid-line">
                  <span className="pmo-raid-key">{pending.key}</span>
                  <span>{pending.summary}</span>
                </span>
                <span className="pmo-raid-meta">
                  raised {pending.since}, waiting {pending.ageDays} days
                </span>
              </li>
            ))}
          </ul>
        )}

        <Heading size="small" as="h3">
          Change requests ({dto.changes.length})
        </Heading>
        {dto.changes.length === 0 ? (
          <p>No change requests in this project: issues of type Change Request or Change, or labelled change-request, appear here.</p>
        ) : (
          <ul className="pmo-raid-list" aria-label="Change requests">
            {dto.changes.map((change) => {
              const standing = decisionOf(change);
              return (
                <li key={change.key}>
                  <span className="pmo-raid-line">
                    <Lozenge appearance={outcomeAppearance[standing.outcome]}>{standing.outcome}</Lozenge>
                    <span className="pmo-raid-key">{change.key}</span>
                    <span>{change.summary}</span>
                  </span>
                  <span className="pmo-raid-meta">
                    {impactText(change)} · changes {change.itemKeys.length === 0 ? 'the project' : change.itemKeys.join(', ')} · {standing.text}
                  </span>
                  {dto.canDecide &&
                    (deciding === change.key ? (
                      <ChangeDecisionForm changeKey={change.key} expectedVersion={change.decisionVersion} busy={busy} onDecide={decide} />
                    ) : (
                      <Button
                        appearance="subtle"
                        onClick={() => {
                          setDeciding(change.key);
                        }}
                      >
                        Decide {change.key}
                      </Button>
                    ))}
                </li>
              );
            })}
          </ul>
        )}
      </section>
      <DecisionLogSection items={decisionItems} decisions={dto.decisions} />
    </>
  );
}
