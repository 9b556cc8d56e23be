import Heading from '@atlaskit/heading';
import { useResolver } from '../../resolver/use-resolver';
import { ErrorState } from '../error-state';
import { CapacityForm } from './capacity-form';

export interface CapacityPanelProps {
  /** Called after the capacities were saved, so the audit log shows it. */
  readonly onChanged: () => void;
}

/**
 * Each program's capacity per quarter, in the unit it plans in, and where the heat map turns amber and red. The
 * settings come with getCapacity for Jira administrators only; everyone else reads the heat map on the portfolio page.
 */
export function CapacityPanel({ onChanged }: CapacityPanelProps) {
  const loaded = useResolver(['getCapacity']);
  return (
    <section className="pmo-panel" aria-labelledby="pmo-capacity-admin-heading">
      <Heading size="medium" as="h2" id="pmo-capacity-admin-heading">
        Program capacities
      </Heading>
      <p>
        What each program can deliver per quarter. The capacity heat map on the portfolio page sets its demand against these; an empty field sets no capacity.
      </p>
      {loaded.state === 'loading' && <p aria-busy="true">Loading the capacities…</p>}
      {loaded.state === 'error' && (
        <ErrorState title="Could not load the capacities" message={loaded.message} code={loaded.code} onRetry={loaded.retry} headingLevel="h3" />
      )}
      {loaded.state === 'ready' &&
        (loaded.data.settings === null || !loaded.data.canEdit ? (
          <p>Only Jira administrators can set the programs' capacities.</p>
        ) : (
          <CapacityForm
            capacity={loaded.data}
            settings={loaded.data.settings}
            onSaved={() => {
              loaded.reload();
              onChanged();
            }}
            onReload={loaded.retry}
          />
        ))}
    </section>
  );
}
