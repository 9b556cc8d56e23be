import Heading from '@atlaskit/heading';
import { useMemo } from 'react';
import { buildCapacityTable } from '../../capacity/build-capacity-table';
import { listWhatIfCandidates } from '../../capacity/list-what-if-candidates';
import { useResolver } from '../../resolver/use-resolver';
import { ErrorState } from '../error-state';
import { LoadingState } from '../loading-state';
import { CapacityHeatMapTable } from './capacity-heat-map-table';
import { CapacityWhatIf } from './capacity-what-if';
import '../../intake/intake.css';

const whatIfCandidateLimit = 200;

/** The portfolio page's Capacity tab: demand against capacity per program and quarter, and a what-if over proposals. */
export function CapacityTab() {
  const capacity = useResolver(['getCapacity']);
  // The what-if offers the best-ranked open proposals: a page of them, not a board of thousands.
  const board = useResolver(['getIntakeBoard', { stage: 'open', limit: whatIfCandidateLimit }]);
  const table = useMemo(() => (capacity.state === 'ready' ? buildCapacityTable(capacity.data.heatMap) : null), [capacity]);
  const candidates = useMemo(() => (board.state === 'ready' ? listWhatIfCandidates(board.data.proposals) : []), [board]);
  return (
    <section className="pmo-panel" aria-labelledby="pmo-capacity-heading">
      <Heading size="medium" as="h2" id="pmo-capacity-heading">
        Capacity
      </Heading>
      {capacity.state === 'loading' && <LoadingState label="Loading capacity" />}
      {capacity.state === 'error' && (
        <ErrorState title="Could not load capacity" message={capacity.message} code={capacity.code} onRetry={capacity.retry} headingLevel="h3" />
      )}
      {capacity.state === 'ready' && table !== null && (
        <>
          <p className="pmo-purpose">
            Demand is the remaining estimate of each program&apos;s active work spread over the quarters its dates fall in. Green below{' '}
            {Math.round(capacity.data.heatMap.bands.amberFrom * 100)}% of capacity, amber up to {Math.round(capacity.data.heatMap.bands.redAbove * 100)}%, red
            above; grey where no capacity is set.
          </p>
          {table.rows.length === 0 ? (
            <p>No programs to show: capacity is counted per program (project category), and none of the projects you can see is in one.</p>
          ) : (
            <CapacityHeatMapTable table={table} caption={`Demand / capacity per program and quarter, from ${capacity.data.today}`} />
          )}
          {capacity.data.programs.some((program) => program.unestimated > 0) && (
            <p>
              Active items without an estimate, shown here rather than counted as zero:{' '}
              {capacity.data.programs
                .filter((program) => program.unestimated > 0)
                .map((program) => `${program.program} ${program.unestimated}`)
                .join(', ')}
              .
            </p>
          )}
          {capacity.data.notRefreshed.length > 0 && (
            <p>Not refreshed yet, not counted: {capacity.data.notRefreshed.map((project) => project.key).join(', ')}.</p>
          )}
          {capacity.data.withoutProgram.length > 0 && (
            <p>In no program, not counted: {capacity.data.withoutProgram.map((project) => project.key).join(', ')}.</p>
          )}
          {board.state === 'loading' && <LoadingState label="Loading the proposals for the what-if" />}
          {board.state === 'error' && (
            <ErrorState
              title="Could not load the proposals for the what-if"
              message={board.message}
              code={board.code}
              onRetry={board.retry}
              headingLevel="h3"
            />
          )}
          {board.state === 'ready' && board.data.page.matching > board.data.proposals.length && (
            <p>
              The what-if offers the {board.data.proposals.length} best-ranked of the {board.data.page.matching} proposals under consideration.
            </p>
          )}
          {board.state === 'ready' && (
            <CapacityWhatIf
              candidates={candidates}
              programs={capacity.data.heatMap.rows.map((row) => row.program)}
              defaultQuarter={capacity.data.currentQuarter}
            />
          )}
        </>
      )}
    </section>
  );
}
