import Heading from '@atlaskit/heading';
import { useEffect, useState } from 'react';
import { buildIntakeCsv } from '../../intake/build-intake-csv';
import { buildIntakeRows } from '../../intake/build-intake-rows';
import type { IntakeFilter } from '../../intake/intake-filter';
import type { IntakeFilterChoices } from '../../intake/intake-filter-choices';
import { listIntakeChoices } from '../../intake/list-intake-choices';
import { loadMatchingProposals } from '../../intake/load-matching-proposals';
import { toBoardQuery } from '../../intake/to-board-query';
import { useResolver } from '../../resolver/use-resolver';
import { AsyncCsvDownloadButton } from '../async-csv-download-button';
import { ErrorState } from '../error-state';
import { LoadingState } from '../loading-state';
import { IntakeBoardView } from './intake-board-view';
import { IntakeFilters } from './intake-filters';
import '../../intake/intake.css';

/** Proposals a page of the board shows: enough to read down, far below what one answer may carry. */
const pageSize = 100;
const noFilter: IntakeFilter = { program: null, theme: null, stage: null };

/**
 * The portfolio page's Intake tab: the ranked proposals of the intake projects the viewer may browse, a page at a
 * time, filtered on the server so ranks stay the whole board's; the export holds every matching proposal.
 */
export function IntakeTab() {
  const [filter, setFilter] = useState<IntakeFilter>(noFilter);
  const [offset, setOffset] = useState(0);
  const query = toBoardQuery(filter, offset, pageSize);
  const board = useResolver(['getIntakeBoard', query], { keepShownOnFailedReload: true });
  // The filters stay on screen while a new page loads, so their choices are the last ones the board gave.
  const [choices, setChoices] = useState<IntakeFilterChoices | null>(null);
  useEffect(() => {
    if (board.state === 'ready') setChoices(listIntakeChoices(board.data));
  }, [board]);
  const empty = board.state === 'ready' && board.data.page.total === 0;

  return (
    <section className="pmo-panel" aria-labelledby="pmo-intake-heading">
      <Heading size="medium" as="h2" id="pmo-intake-heading">
        Intake
      </Heading>
      {choices !== null && !empty && (
        <div className="pmo-toolbar">
          <IntakeFilters
            choices={choices}
            filter={filter}
            onChange={(next) => {
              setFilter(next);
              setOffset(0);
            }}
          />
          <AsyncCsvDownloadButton
            fileName="pmo-intake.csv"
            buildCsv={async () => buildIntakeCsv(buildIntakeRows(await loadMatchingProposals(filter), Date.now()))}
          >
            Export intake CSV
          </AsyncCsvDownloadButton>
        </div>
      )}
      {board.state === 'loading' && <LoadingState label="Loading the intake board" />}
      {board.state === 'error' && (
        <ErrorState title="Could not load the intake board" message={board.message} code={board.code} onRetry={board.retry} headingLevel="h3" />
      )}
      {board.state === 'ready' &&
        (empty ? (
          <p>No proposals yet: name the intake projects on the admin page.</p>
        ) : (
          <IntakeBoardView board={board.data} query={query} pageSize={pageSize} onPage={setOffset} onChanged={board.show} onConflict={board.reload} />
        ))}
    </section>
  );
}
