import type { AggregateRollup } from '../../../../src/domain/rollup';
import { describeCombinedProgress } from './describe-combined-progress';
import { formatIndex } from './format-index';
import { formatRatio } from './format-ratio';

/** One figure of a totals line: a short term and its value in words. */
export interface TotalFact {
  readonly term: string;
  readonly value: string;
}

function count(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

/**
 * The totals line of a program or of the whole portfolio. Every ratio is the aggregate's own, recomputed from summed
 * counts and amounts (so a large project weighs more), never an average of the projects' ratios; progress is the
 * aggregate's combined figure, which counts every project by its own measure and says how many were measured each way.
 * Pending changes and uncontrolled slips are the aggregate's sums, with how many projects they cover.
 *
 * @example
 * summarizeAggregate(portfolio.totals).map((fact) => `${fact.term}: ${fact.value}`);
 * // => ['Projects: 8', 'Overall: 3 red, 4 amber, 1 green', 'Progress: 83% (8 projects: 5 by points, 3 by count)', ...,
//     'Pending changes: 3', 'Uncontrolled slips: 1 (2 of 8 projects baselined)']
 */
export function summarizeAggregate(aggregate: AggregateRollup): TotalFact[] {
  const colours = aggregate.overallCounts;
  const overall = (['red', 'amber', 'green', 'grey'] as const)
    .filter((rag) => colours[rag] > 0)
    .map((rag) => `${colours[rag]} ${rag === 'grey' ? 'no data' : rag}`)
    .join(', ');
  const risks = aggregate.raid.openRisksBySeverity;
  const compliance = aggregate.compliance;
  const projects = aggregate.projectKeys.length;
  return [
    { term: 'Projects', value: String(projects) },
    { term: 'Overall', value: overall === '' ? 'no projects' : overall },
    { term: 'Progress', value: describeCombinedProgress(aggregate.progress, projects) },
    { term: 'Overdue milestones', value: String(aggregate.milestones.overdue) },
    { term: 'Open risks', value: `${risks.critical} critical, ${risks.high} high` },
    {
      term: 'Compliance',
      value:
        compliance.status === 'evaluated' && compliance.score !== null
          ? `${formatRatio(compliance.score)} (${compliance.evaluatedProjects} of ${count(projects, 'project', 'projects')} evaluated)`
          : 'not evaluated',
    },
    { term: 'CPI', value: formatIndex(aggregate.earnedValue.cpi) },
    { term: 'SPI', value: formatIndex(aggregate.earnedValue.spi) },
    ...changeControlFacts(aggregate, projects),
  ];
}

// Sums over the projects whose change control is computed; the share says how much of the scope they cover.
function changeControlFacts(aggregate: AggregateRollup, projects: number): TotalFact[] {
  const changes = aggregate.changeControl;
  if (changes === undefined) {
    return [
      { term: 'Pending changes', value: 'not computed yet' },
      { term: 'Uncontrolled slips', value: 'not computed yet' },
    ];
  }
  const computed = changes.projects === projects ? '' : ` (${changes.projects} of ${count(projects, 'project', 'projects')} computed)`;
  return [
    { term: 'Pending changes', value: `${changes.pending}${computed}` },
    {
      term: 'Uncontrolled slips',
      value:
        changes.baselinedProjects === 0
          ? 'no approved baseline'
          : `${changes.uncontrolledSlips} (${changes.baselinedProjects} of ${count(projects, 'project', 'projects')} baselined)`,
    },
  ];
}
