import DynamicTable from '@atlaskit/dynamic-table';
import Heading from '@atlaskit/heading';
import { useId } from 'react';
import type { ProgramDto } from '../../../../src/contract/portfolio-dto';
import { buildPortfolioTable } from '../portfolio/build-portfolio-table';
import { summarizeAggregate } from '../portfolio/summarize-aggregate';
import type { PortfolioRow } from '../portfolio/to-portfolio-rows';
import { PortfolioCellView } from './portfolio-cell-view';
import { TotalFacts } from './total-facts';

/** Shown per table page; a program larger than this pages. */
export const projectsPerPage = 25;

/** One program: its name, its totals over every project in it, and the table of its projects that pass the filters. */
export function ProgramSection({ program, rows }: { readonly program: ProgramDto; readonly rows: readonly PortfolioRow[] }) {
  const headingId = useId();
  const { head, rows: tableRows } = buildPortfolioTable(rows, (cell) => <PortfolioCellView cell={cell} />);
  const shown = rows.length === program.projects.length ? `${rows.length}` : `${rows.length} of ${program.projects.length}`;
  return (
    <section className="pmo-panel" aria-labelledby={headingId}>
      <Heading size="medium" as="h2" id={headingId}>
        {program.name}
      </Heading>
      <TotalFacts facts={summarizeAggregate(program.aggregate)} label={`${program.name} totals`} />
      <div className="pmo-table pmo-table-scroll">
        <DynamicTable
          caption={<span className="pmo-visually-hidden">{`Projects in ${program.name} (${shown})`}</span>}
          head={head}
          rows={tableRows}
          rowsPerPage={projectsPerPage}
        />
      </div>
    </section>
  );
}
