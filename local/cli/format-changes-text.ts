import type { ChangeControlDto } from '../../src/contract/change-control-dto';
import { formatSignedAmount } from '../../src/domain/change-control';

const minute = (instant: string): string => `${instant.replace('T', ' ').slice(0, 16)} UTC`;
const day = (instant: string): string => instant.slice(0, 10);
const plain = (amount: number): string => formatSignedAmount(amount).replace(/^\+/u, '');

/**
 * A project's change control as plain text for a terminal: the approved baseline (current and original), the ledger,
 * the pending changes with their age, every uncontrolled slip with its dates and who moved it, and the decisions.
 *
 * @example
 * formatChangesText(control)[0]; // 'Change control of Alpha Mobile (ALPHA), as of 2026-11-20 15:00 UTC'
 */
export function formatChangesText(control: ChangeControlDto): string[] {
  const lines = [`Change control of ${control.project.name} (${control.project.key}), as of ${minute(control.asOf)}`, ''];
  const { baseline, original } = control;
  if (baseline === null || original === null) {
    lines.push('Approved baseline: none yet. Slips cannot be judged until a plan is approved.');
  } else {
    lines.push(`Approved baseline: v${String(baseline.version)}, approved ${day(baseline.approvedAt)} by ${baseline.approvedBy}`);
    if (original.version !== baseline.version)
      lines.push(`Original baseline: v${String(original.version)}, approved ${day(original.approvedAt)} by ${original.approvedBy}`);
    lines.push(`Ledger: ${control.ledger.map((entry) => entry.label).join(' -> ')}`);
  }
  lines.push('', `Pending changes: ${String(control.pending.length)}`);
  for (const pending of control.pending)
    lines.push(`  ${pending.key.padEnd(12)}waiting ${String(pending.ageDays).padStart(3)} days (since ${pending.since})  ${pending.summary}`);
  const slips = control.uncontrolled?.slips ?? [];
  lines.push(
    '',
    control.uncontrolled === null ? 'Uncontrolled slips: none can be judged before a baseline is approved' : `Uncontrolled slips: ${String(slips.length)}`,
  );
  for (const slip of slips) {
    const move =
      slip.move === null
        ? 'no move found in the changelog'
        : `moved ${minute(slip.move.movedAt)} by ${slip.move.movedBy ?? 'someone unknown'} (${slip.move.had ?? 'no date'} -> ${slip.move.has})`;
    lines.push(
      `  ${slip.itemKey.padEnd(12)}${slip.kind.padEnd(10)}approved ${slip.approvedDue}, now ${slip.currentDue}, ${String(slip.daysLate)} days late; ${move}`,
    );
  }
  const budget = control.uncontrolled?.budget ?? null;
  const scope = control.uncontrolled?.scope ?? null;
  const growth = [
    budget === null ? null : `budget ${formatSignedAmount(budget.beyond)} beyond the approved ${plain(budget.approved)}`,
    scope === null ? null : `scope ${formatSignedAmount(scope.beyond)} beyond the approved ${plain(scope.approved)}`,
  ].filter((line): line is string => line !== null);
  for (const line of growth) lines.push(`  ${line}`);
  lines.push('', `Decisions: ${String(control.decisions.length)}`);
  for (const decision of control.decisions) {
    const by = decision.deciderName ?? decision.decidedBy;
    lines.push(
      `  ${minute(decision.decidedAt)}  ${decision.changeKey.padEnd(12)}${decision.outcome.padEnd(9)} by ${by}${decision.source === 'workflow' ? ' (workflow)' : ''}${decision.reason === null ? '' : `: ${decision.reason}`}`,
    );
  }
  return lines;
}
