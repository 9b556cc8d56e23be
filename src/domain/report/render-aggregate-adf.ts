import type { AggregateRollup } from '../rollup/aggregate-rollup';
import { ragDimensions } from '../rag/rag-dimension';
import type { RagCounts } from '../rollup/rag-counts';
import type { AdfDocument, AdfNode } from './adf-node';
import { indexOrDash, percentOrDash, reportWords } from './report-words';

const statusColour = { red: 'red', amber: 'yellow', green: 'green', grey: 'neutral' } as const;

function textCell(text: string, header = false): AdfNode {
  return {
    type: header ? 'tableHeader' : 'tableCell',
    content: [{ type: 'paragraph', content: [{ type: 'text', text: text === '' ? '–' : text, ...(header ? { marks: [{ type: 'strong' }] } : {}) }] }],
  };
}

function row(cells: readonly AdfNode[]): AdfNode {
  return { type: 'tableRow', content: cells };
}

function counts(c: RagCounts): string {
  return `${String(c.red)} red, ${String(c.amber)} amber, ${String(c.green)} green, ${String(c.grey)} without data`;
}

/** Change control as counts, or "not computed yet" while no project's roll-up holds it (never read as zero). */
function changeControlFigure(aggregate: AggregateRollup): string {
  const control = aggregate.changeControl;
  if (control === undefined || control.projects === 0) return 'not computed yet';
  const plural = (count: number, one: string, many: string) => `${String(count)} ${count === 1 ? one : many}`;
  return `${plural(control.pending, 'change request', 'change requests')} pending, ${plural(control.uncontrolledSlips, 'uncontrolled slip', 'uncontrolled slips')}, ${String(control.baselinedProjects)} of ${plural(control.projects, 'project', 'projects')} with an approved baseline`;
}

function table(rows: readonly AdfNode[]): AdfNode {
  return { type: 'table', attrs: { isNumberColumnEnabled: false, layout: 'default' }, content: rows };
}

/**
 * The report as exported without a reader (Confluence's PDF and Word export runs as the app): portfolio-level
 * figures only, with no project or issue named, and a line saying where the full report is. Two tables: colours per
 * dimension (as counts of projects), and the key figures.
 *
 * @example
 * renderAggregateAdf(aggregate, 'Whole portfolio').content.filter((n) => n.type === 'table').length; // 2
 */
export function renderAggregateAdf(aggregate: AggregateRollup, scopeLabel: string): AdfDocument {
  const colours = table([
    row([textCell('Dimension', true), textCell('Projects by colour', true)]),
    row([
      textCell('Overall'),
      {
        type: 'tableCell',
        content: [
          {
            type: 'paragraph',
            content: [
              { type: 'status', attrs: { text: reportWords.rag[aggregate.overall], color: statusColour[aggregate.overall], localId: '' } },
              { type: 'text', text: ` ${counts(aggregate.overallCounts)}` },
            ],
          },
        ],
      },
    ]),
    ...ragDimensions.map((d) => row([textCell(reportWords.dimension[d]), textCell(counts(aggregate.rag[d]))])),
  ]);
  const risks = aggregate.raid.openRisksBySeverity;
  const figures = table([
    row([textCell('Figure', true), textCell('Value', true)]),
    row([textCell('Projects'), textCell(String(aggregate.projectKeys.length))]),
    row([textCell('Progress'), textCell(percentOrDash(aggregate.progress.combined.ratio))]),
    row([
      textCell('Milestones'),
      textCell(`${String(aggregate.milestones.done)} of ${String(aggregate.milestones.total)} done, ${String(aggregate.milestones.overdue)} overdue`),
    ]),
    row([
      textCell('Open risks'),
      textCell(
        `${String(risks.critical)} critical, ${String(risks.high)} high, ${String(risks.medium)} medium, ${String(risks.low)} low, ${String(risks.unscored)} unscored`,
      ),
    ]),
    row([textCell('CPI / SPI'), textCell(`${indexOrDash(aggregate.earnedValue.cpi)} / ${indexOrDash(aggregate.earnedValue.spi)}`)]),
    row([textCell('Compliance'), textCell(percentOrDash(aggregate.compliance.score))]),
    row([textCell('Change control'), textCell(changeControlFigure(aggregate))]),
  ]);
  return {
    type: 'doc',
    version: 1,
    content: [
      { type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: `Status report: ${scopeLabel}` }] },
      {
        type: 'paragraph',
        content: [
          {
            type: 'text',
            text: `As of ${aggregate.asOf ?? 'never: no roll-up yet'}. Exported figures cover the scope as a whole; open the page in Confluence for the full report as you may see it.`,
          },
        ],
      },
      colours,
      figures,
    ],
  };
}
