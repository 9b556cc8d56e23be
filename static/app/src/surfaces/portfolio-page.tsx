import Heading from '@atlaskit/heading';
import Tabs, { Tab, TabList, TabPanel } from '@atlaskit/tabs';
import { useMemo, useState } from 'react';
import type { PortfolioDto } from '../../../../src/contract/portfolio-dto';
import { writtenDayLabel } from '../../../../src/domain/time';
import { CapacityTab } from '../components/capacity/capacity-tab';
import { CsvDownloadButton } from '../components/csv-download-button';
import { ErrorState } from '../components/error-state';
import { FirstReadNotice } from '../components/first-read-notice';
import { IntakeTab } from '../components/intake/intake-tab';
import { LoadingState } from '../components/loading-state';
import { PortfolioFilters } from '../components/portfolio-filters';
import { ProgramSection } from '../components/program-section';
import { RefreshControl } from '../components/refresh-control';
import { SurfaceLayout } from '../components/surface-layout';
import { TotalFacts } from '../components/total-facts';
import { buildPortfolioCsv } from '../portfolio/build-portfolio-csv';
import { describeFirstRead } from '../portfolio/describe-first-read';
import { describeIntakeProjects } from '../portfolio/describe-intake-projects';
import { describeRefreshProgress } from '../portfolio/describe-refresh-progress';
import { filterPortfolioRows, noPortfolioFilter, type PortfolioFilter } from '../portfolio/portfolio-filter';
import { formatAsOf } from '../portfolio/format-as-of';
import { listFilterChoices } from '../portfolio/list-filter-choices';
import { summarizeAggregate } from '../portfolio/summarize-aggregate';
import { toPortfolioRows } from '../portfolio/to-portfolio-rows';
import { usePortfolio } from '../portfolio/use-portfolio';

function EmptyPortfolio({ portfolio }: { readonly portfolio: PortfolioDto }) {
  const waiting = portfolio.notRefreshed.length;
  return (
    <section className="pmo-panel pmo-empty" aria-labelledby="pmo-empty-heading">
      <Heading size="medium" as="h2" id="pmo-empty-heading">
        {waiting === 0 ? 'No projects to show' : 'Nothing refreshed yet'}
      </Heading>
      <p>
        {waiting === 0
          ? 'Jira lets you browse no projects yet, so there is nothing to roll up for you.'
          : `The portfolio is built from stored roll-ups, and none exists yet for the ${waiting} ${waiting === 1 ? 'project' : 'projects'} you can see. Choose Refresh now to build them; the page fills in as each project is done.`}
      </p>
    </section>
  );
}

function PortfolioContent({ portfolio }: { readonly portfolio: PortfolioDto }) {
  const [filter, setFilter] = useState<PortfolioFilter>(noPortfolioFilter);
  const rows = useMemo(() => toPortfolioRows(portfolio), [portfolio]);
  const choices = useMemo(() => listFilterChoices(rows), [rows]);
  const shown = filterPortfolioRows(rows, filter);
  return (
    <>
      <section className="pmo-panel" aria-labelledby="pmo-totals-heading">
        <Heading size="medium" as="h2" id="pmo-totals-heading">
          Portfolio totals
        </Heading>
        <TotalFacts facts={summarizeAggregate(portfolio.totals)} label="Portfolio totals" />
        {portfolio.notRefreshed.length > 0 && (
          <p>Not refreshed yet: {portfolio.notRefreshed.map((project) => `${project.name} (${project.key})`).join(', ')}.</p>
        )}
        {portfolio.intakeProjects.length > 0 && <p>{describeIntakeProjects(portfolio.intakeProjects)}</p>}
      </section>
      <div className="pmo-toolbar">
        <PortfolioFilters choices={choices} filter={filter} onChange={setFilter} />
        <CsvDownloadButton fileName={`pmo-portfolio-${writtenDayLabel(portfolio.asOf ?? 'not-refreshed')}.csv`} buildCsv={() => buildPortfolioCsv(shown)}>
          Export CSV
        </CsvDownloadButton>
      </div>
      <p role="status" className="pmo-purpose">
        Showing {shown.length} of {rows.length} {rows.length === 1 ? 'project' : 'projects'}.
      </p>
      {portfolio.programs.map((program) => {
        const programRows = shown.filter((row) => row.program === program.name);
        return programRows.length === 0 ? null : <ProgramSection key={program.name} program={program} rows={programRows} />;
      })}
    </>
  );
}

/** The PMO portfolio (Jira global page): the roll-up for executives and the PMO lead, with the intake board and capacity as tabs. */
export function PortfolioPage() {
  const { portfolio, requesting, polling, refreshError, requestRefresh, retry } = usePortfolio();
  const data = portfolio.state === 'ready' ? portfolio.data : null;
  // The page's clock decides only whether a pause has ended; the wording itself is a pure function of it.
  const reading = data === null ? null : describeFirstRead(data.refresh, Date.now());
  return (
    <SurfaceLayout
      title="PMO portfolio"
      purpose="Portfolio roll-up across projects and programs: RAG per dimension with the reason behind each colour, progress, milestones, top risks, compliance, cost as earned value, and trends since the last snapshot."
      wide
    >
      <div className="pmo-portfolio-header">
        {data !== null && <p className="pmo-as-of">{data.asOf === null ? 'Not refreshed yet' : `As of ${formatAsOf(data.asOf)}`}</p>}
        <RefreshControl
          onRefresh={requestRefresh}
          requesting={requesting}
          polling={polling}
          progress={data === null ? null : describeRefreshProgress(data)}
          error={refreshError}
        />
      </div>
      {reading !== null && <FirstReadNotice notice={reading} />}
      {/* Atlaskit's tabs render only the chosen panel, so intake and capacity are asked for when first opened. */}
      <Tabs id="pmo-portfolio-tabs">
        <TabList>
          <Tab>Portfolio</Tab>
          <Tab>Intake</Tab>
          <Tab>Capacity</Tab>
        </TabList>
        <TabPanel>
          <div className="pmo-tab-panel">
            {portfolio.state === 'loading' && <LoadingState label="Loading the portfolio" />}
            {portfolio.state === 'error' && (
              <ErrorState title="Could not load the portfolio" message={portfolio.message} code={portfolio.code} onRetry={retry} />
            )}
            {data !== null && (data.programs.length === 0 ? <EmptyPortfolio portfolio={data} /> : <PortfolioContent portfolio={data} />)}
          </div>
        </TabPanel>
        <TabPanel>
          <div className="pmo-tab-panel">
            <IntakeTab />
          </div>
        </TabPanel>
        <TabPanel>
          <div className="pmo-tab-panel">
            <CapacityTab />
          </div>
        </TabPanel>
      </Tabs>
    </SurfaceLayout>
  );
}
