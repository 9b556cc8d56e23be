import Heading from '@atlaskit/heading';
import { useState } from 'react';
import type { PointsBudgetDto } from '../../../../../src/contract/points-budget-dto';
import type { PointsBudgetSetting } from '../../../../../src/domain/points';
import { describeBudgetTier } from '../../admin/describe-budget-tier';
import { describeThrottle } from '../../admin/describe-throttle';
import { callResolver } from '../../resolver/call-resolver';
import { useResolver } from '../../resolver/use-resolver';
import { ErrorState } from '../error-state';
import { FullRereadSection } from './full-reread-section';
import { PointsBudgetForm } from './points-budget-form';
import { PointsSpendingTable } from './points-spending-table';

export interface PointsBudgetPanelProps {
  /** Called after the budget was changed or a reread started, so the audit log shows it. */
  readonly onChanged: () => void;
}

/**
 * The Jira points budget: the tier in words, what refresh and pages spent, the last pause for points; administrators
 * change the tier and start a full reread, and the server checks again.
 */
export function PointsBudgetPanel({ onChanged }: PointsBudgetPanelProps) {
  const loaded = useResolver(['getPointsBudget']);
  // The app's answer to a save, shown in place of the figures loaded first.
  const [saved, setSaved] = useState<PointsBudgetDto | null>(null);
  const [busy, setBusy] = useState(false);
  const [refusal, setRefusal] = useState<string | null>(null);
  const [outcome, setOutcome] = useState<string | null>(null);
  const budget = saved ?? (loaded.state === 'ready' ? loaded.data : null);

  const save = async (setting: PointsBudgetSetting) => {
    setBusy(true);
    setRefusal(null);
    setOutcome(null);
    const answer = await callResolver('setPointsBudget', { setting });
    setBusy(false);
    if (answer.state !== 'ready') {
      setRefusal(`Not saved: ${answer.message}`);
      return;
    }
    setSaved(answer.data);
    setOutcome(`Saved. ${describeBudgetTier(answer.data)}`);
    onChanged();
  };

  return (
    <section className="pmo-panel" aria-labelledby="pmo-points-heading">
      <Heading size="medium" as="h2" id="pmo-points-heading">
        Jira points budget
      </Heading>
      <p>
        Jira Cloud meters what an app asks of it in points: 1 for each request and 1 for each issue or project it returns. Refresh jobs spend at most a share of
        the hourly budget, pause when it is spent and resume when it frees.
      </p>
      {loaded.state === 'loading' && saved === null && <p aria-busy="true">Loading the points budget…</p>}
      {loaded.state === 'error' && saved === null && (
        <ErrorState title="Could not load the points budget" message={loaded.message} code={loaded.code} onRetry={loaded.retry} headingLevel="h3" />
      )}
      {budget !== null && (
        <>
          <p className="pmo-points-tier">{describeBudgetTier(budget)}</p>
          <PointsSpendingTable lastHour={budget.lastHour} today={budget.today} />
          <p>{budget.throttle === null ? 'Refresh has not had to pause for points.' : describeThrottle(budget.throttle, Date.now())}</p>
          <div aria-live="polite" className="pmo-outcome">
            {outcome !== null && <p className="pmo-outcome-done">{outcome}</p>}
          </div>
          {budget.canEdit ? (
            <>
              <PointsBudgetForm setting={budget.setting} busy={busy} refusal={refusal} onSave={(setting) => void save(setting)} />
              <FullRereadSection onStarted={onChanged} />
            </>
          ) : (
            <p>Only Jira administrators can change the points budget or have every issue read again.</p>
          )}
        </>
      )}
    </section>
  );
}
