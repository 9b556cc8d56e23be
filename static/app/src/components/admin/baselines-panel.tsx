import Heading from '@atlaskit/heading';
import { useState } from 'react';
import type { BaselineDto } from '../../../../../src/contract/baseline-dto';
import { callResolver } from '../../resolver/call-resolver';
import { useResolver } from '../../resolver/use-resolver';
import { ErrorState } from '../error-state';
import { BaselinesTable } from './baselines-table';
import { TakeBaselineForm } from './take-baseline-form';

export interface BaselinesPanelProps {
  readonly canEdit: boolean;
  /** Called after a baseline was taken or deleted, so the audit log shows the change. */
  readonly onChanged: () => void;
}

/**
 * Baselines: named, unchanging copies of every project's roll-up that reports can look back to ("since the Gate 2
 * baseline"). Everyone may read the list; administrators take and delete them, and the server checks again.
 */
export function BaselinesPanel({ canEdit, onChanged }: BaselinesPanelProps) {
  const loaded = useResolver(['listBaselines']);
  const list = loaded.state === 'ready' ? { state: 'ready' as const, data: loaded.data.baselines } : loaded;
  const [busy, setBusy] = useState(false);
  const [refusal, setRefusal] = useState<string | null>(null);
  const [outcome, setOutcome] = useState<{ readonly kind: 'done' | 'failed'; readonly text: string } | null>(null);

  const changed = () => {
    loaded.reload();
    onChanged();
  };

  const take = async (name: string, day: string | null): Promise<boolean> => {
    setBusy(true);
    setRefusal(null);
    setOutcome(null);
    const answer = await callResolver('takeBaseline', day === null ? { name } : { name, day });
    setBusy(false);
    if (answer.state !== 'ready') {
      setRefusal(`Not taken: ${answer.message}`);
      return false;
    }
    setOutcome({
      kind: 'done',
      text: `Took the baseline “${answer.data.name}” of ${String(answer.data.visibleProjectCount)} project${answer.data.visibleProjectCount === 1 ? '' : 's'}.`,
    });
    changed();
    return true;
  };

  const remove = async (baseline: BaselineDto) => {
    setBusy(true);
    setOutcome(null);
    const answer = await callResolver('deleteBaseline', { id: baseline.id });
    setBusy(false);
    setOutcome(
      answer.state === 'ready'
        ? { kind: 'done', text: `Deleted the baseline “${baseline.name}”.` }
        : { kind: 'failed', text: `Not deleted: ${answer.message}` },
    );
    changed();
  };

  return (
    <section className="pmo-panel" aria-labelledby="pmo-baselines-heading">
      <Heading size="medium" as="h2" id="pmo-baselines-heading">
        Baselines
      </Heading>
      <p>
        A baseline keeps every project's roll-up under a name, unchanged, so a report can show what moved since (for example since a steering committee's gate).
      </p>
      {list.state === 'loading' && <p aria-busy="true">Loading the baselines…</p>}
      {list.state === 'error' && (
        <ErrorState title="Could not load the baselines" message={list.message} code={list.code} onRetry={loaded.retry} headingLevel="h3" />
      )}
      {list.state === 'ready' && list.data.length === 0 && <p>No baselines yet{canEdit ? '. Take one below.' : '. A Jira administrator can take one.'}</p>}
      {list.state === 'ready' && list.data.length > 0 && (
        <BaselinesTable baselines={list.data} canEdit={canEdit} busy={busy} onDelete={(baseline) => void remove(baseline)} />
      )}
      <div aria-live="polite" className="pmo-outcome">
        {outcome !== null && <p className={outcome.kind === 'done' ? 'pmo-outcome-done' : 'pmo-outcome-failed'}>{outcome.text}</p>}
      </div>
      {canEdit && <TakeBaselineForm busy={busy} refusal={refusal} onTake={take} />}
    </section>
  );
}
