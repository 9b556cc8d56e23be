import Heading from '@atlaskit/heading';
import type { StatusReportDto } from '../../../../src/contract/report-dto';
import { ragDimensions } from '../../../../src/domain/rag';
import { reportPreamble, reportTables } from '../../../../src/domain/report';
import { hiddenLine } from '../../../../src/domain/report';
import { RagLozenge } from '../components/rag-lozenge';
import { ReportHeatMap } from './report-heat-map';
import { ReportIntakeView } from './report-intake-view';
import { ReportTableView } from './report-table-view';
import { Sparkline } from '../components/sparkline';
import './report.css';

/**
 * The status report as the macro shows it: the same sections and words as the Markdown, HTML and exported versions
 * (all built by `reportTables`), with RAG lozenges, a trend line per project and the risk heat map.
 */
export function ReportView({ data, idPrefix = 'pmo-report' }: { readonly data: StatusReportDto; readonly idPrefix?: string }) {
  const { report, sections } = data;
  const hidden = hiddenLine(report.hiddenCount);
  const tables = reportTables(
    report,
    sections.filter((section) => section !== 'headline'),
  );
  const intakeTables = tables.filter((table) => table.section === 'intake');
  return (
    <>
      <section className="pmo-panel" aria-labelledby={`${idPrefix}-title`}>
        <Heading size="medium" as="h2" id={`${idPrefix}-title`}>
          {report.title}
        </Heading>
        {reportPreamble(report)
          .filter((line) => line !== hidden)
          .map((line) => (
            <p className="pmo-report-meta" key={line}>
              {line}
            </p>
          ))}
        {hidden !== null && <p className="pmo-report-hidden">{hidden}</p>}
        {sections.includes('headline') && (
          <div aria-label="Headline">
            <p>
              <strong>Overall </strong>
              <RagLozenge rag={report.headline.overall} reason={report.headline.summary} /> {report.headline.summary}
            </p>
            {report.headline.sentences.length > 0 && (
              <ul className="pmo-report-headline">
                {report.headline.sentences.map((sentence) => (
                  <li key={sentence.dimension}>{sentence.text}</li>
                ))}
              </ul>
            )}
          </div>
        )}
      </section>
      {tables.map((table) => {
        // The intake section is three tables under one heading, drawn once at the first of them.
        if (table.section === 'intake') {
          return table === intakeTables[0] ? <ReportIntakeView key="intake" tables={intakeTables} intake={report.intake} idPrefix={idPrefix} /> : null;
        }
        if (table.section === 'summary') {
          // Columns 1 (overall) and 2..6 (dimensions) hold colours; their tooltips give the roll-up's reasons.
          const reasonOf = (r: number, c: number): string | null => {
            const project = report.projects[r];
            if (project === undefined) return null;
            if (c === 1) return project.overall.reason;
            const dimension = ragDimensions[c - 2];
            return dimension === undefined ? null : project.rag[dimension].reason;
          };
          return (
            <ReportTableView
              key={table.section}
              idPrefix={idPrefix}
              table={table}
              reasonOf={reasonOf}
              extra={{ head: 'Trend', cell: (r) => <Sparkline history={report.projects[r]?.history ?? []} /> }}
            />
          );
        }
        if (table.section === 'risks') {
          return (
            <ReportTableView key={table.section} idPrefix={idPrefix} table={table}>
              <ReportHeatMap counts={report.heatMap} />
            </ReportTableView>
          );
        }
        return <ReportTableView key={table.section} idPrefix={idPrefix} table={table} />;
      })}
    </>
  );
}
