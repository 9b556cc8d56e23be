import { earnedValueFromTotals } from '../earned-value/earned-value-from-totals';
import { compareIssueKeys } from '../ids/compare-issue-keys';
import { makeExactSum } from '../math/exact-sum';
import { combineProgress } from '../progress/combine-progress';
import type { RaidKind } from '../raid/raid-kind';
import type { Rag } from '../rag/rag';
import type { RagDimension } from '../rag/rag-dimension';
import { worstRag } from '../rag/worst-rag';
import type { NextMilestone } from '../schedule/milestone-summary';
import type { AggregateChangeControl } from './aggregate-change-control';
import type { AggregateRollup } from './aggregate-rollup';
import type { ProjectRollup } from './project-rollup';
import type { RagCounts } from './rag-counts';

function total(rollups: readonly ProjectRollup[], pick: (rollup: ProjectRollup) => number): number {
  const sum = makeExactSum();
  for (const rollup of rollups) {
    sum.add(pick(rollup));
  }
  return sum.total();
}

function countColours(colours: readonly Rag[]): RagCounts {
  const counts = { green: 0, amber: 0, red: 0, grey: 0 };
  for (const colour of colours) {
    counts[colour] += 1;
  }
  return counts;
}

function earlierNext(a: NextMilestone | null, b: NextMilestone | null): NextMilestone | null {
  if (a === null || b === null) {
    return a ?? b;
  }
  if (a.due !== b.due) {
    return a.due < b.due ? a : b;
  }
  return compareIssueKeys(a.key, b.key) <= 0 ? a : b;
}

function oldest(instants: readonly string[]): string | null {
  let result: string | null = null;
  for (const instant of instants) {
    if (result === null || Date.parse(instant) < Date.parse(result) || (Date.parse(instant) === Date.parse(result) && instant < result)) {
      result = instant;
    }
  }
  return result;
}

function aggregateCompliance(rollups: readonly ProjectRollup[]): AggregateRollup['compliance'] {
  const evaluated = rollups.filter((rollup) => rollup.compliance.status === 'evaluated' && rollup.compliance.score !== null);
  const checked = total(evaluated, (rollup) => rollup.compliance.checked);
  // Weighted by checks run, so a project with 200 checks counts more than one with 5; when none ran any check,
  // the evaluated projects' scores weigh equally.
  const weighted = total(evaluated, (rollup) => (rollup.compliance.score ?? 0) * (checked > 0 ? rollup.compliance.checked : 1));
  const weights = checked > 0 ? checked : evaluated.length;
  return {
    status: evaluated.length > 0 ? 'evaluated' : 'not-evaluated',
    score: weights > 0 ? Math.min(1, Math.max(0, weighted / weights)) : null,
    passed: total(rollups, (rollup) => rollup.compliance.passed),
    checked: total(rollups, (rollup) => rollup.compliance.checked),
    evaluatedProjects: evaluated.length,
  };
}

function aggregateChangeControl(rollups: readonly ProjectRollup[]): AggregateChangeControl | null {
  const summaries = rollups.flatMap((rollup) => (rollup.changeControl === undefined ? [] : [rollup.changeControl]));
  if (summaries.length === 0) return null;
  const sum = (pick: (summary: (typeof summaries)[number]) => number): number => summaries.reduce((acc, summary) => acc + pick(summary), 0);
  return {
    projects: summaries.length,
    baselinedProjects: summaries.filter((summary) => summary.baselineVersion !== null).length,
    changeRequests: sum((summary) => summary.changeRequests),
    pending: sum((summary) => summary.pending),
    uncontrolledSlips: sum((summary) => summary.uncontrolledSlips),
  };
}

/**
 * Aggregates projects' roll-ups into a program's or the portfolio's: sums every count and amount, combines progress
 * as the item-weighted mean of each project's own measure (points or count, so every project counts and a big
 * project weighs more than a small one; see `combineProgress`), recomputes earned value from summed BAC,
 * PV, EV and AC, compliance as a checks-weighted score, counts projects per RAG colour and dimension, and takes the
 * worst overall colour; change requests, pending changes and uncontrolled slips are summed over the projects whose
 * roll-ups have change control. The result does not depend on the order of the roll-ups.
 *
 * @example
 * const portfolio = aggregateRollups('Portfolio', [alphaRollup, betaRollup]);
 * portfolio.counts.total === alphaRollup.counts.total + betaRollup.counts.total; // true
 * portfolio.rag.cost; // { green: 1, amber: 0, red: 1, grey: 0 }
 * portfolio.progress.measuredBy; // { estimate: 1, count: 1, none: 0 }
 */
export function aggregateRollups(name: string, rollups: readonly ProjectRollup[]): AggregateRollup {
  const sum = (pick: (rollup: ProjectRollup) => number): number => total(rollups, pick);
  const coloursOf = (dimension: RagDimension): RagCounts => countColours(rollups.map((rollup) => rollup.rag[dimension].rag));
  const kindOf = (kind: RaidKind): { readonly total: number; readonly open: number } => ({
    total: sum((r) => r.raid.byKind[kind].total),
    open: sum((r) => r.raid.byKind[kind].open),
  });
  const overallColours = rollups.map((rollup) => rollup.overall.rag);
  const changeControl = aggregateChangeControl(rollups);

  return {
    name,
    asOf: oldest(rollups.map((rollup) => rollup.asOf)),
    projectKeys: rollups.map((rollup) => rollup.project.key).sort(),
    counts: {
      total: sum((r) => r.counts.total),
      new: sum((r) => r.counts.new),
      indeterminate: sum((r) => r.counts.indeterminate),
      done: sum((r) => r.counts.done),
    },
    progress: combineProgress(rollups.map((rollup) => rollup.progress)),
    milestones: {
      total: sum((r) => r.milestones.total),
      done: sum((r) => r.milestones.done),
      overdue: sum((r) => r.milestones.overdue),
      undated: sum((r) => r.milestones.undated),
      next: rollups.reduce<NextMilestone | null>((next, rollup) => earlierNext(next, rollup.milestones.next), null),
      slip: {
        slipped: sum((r) => r.milestones.slip.slipped),
        totalDays: sum((r) => r.milestones.slip.totalDays),
        maxDays: rollups.reduce((max, rollup) => Math.max(max, rollup.milestones.slip.maxDays), 0),
      },
    },
    gates: { total: sum((r) => r.gates.total), passed: sum((r) => r.gates.passed) },
    raid: {
      byKind: {
        risk: kindOf('risk'),
        assumption: kindOf('assumption'),
        issue: kindOf('issue'),
        dependency: kindOf('dependency'),
        decision: kindOf('decision'),
      },
      openRisksBySeverity: {
        low: sum((r) => r.raid.openRisksBySeverity.low),
        medium: sum((r) => r.raid.openRisksBySeverity.medium),
        high: sum((r) => r.raid.openRisksBySeverity.high),
        critical: sum((r) => r.raid.openRisksBySeverity.critical),
        unscored: sum((r) => r.raid.openRisksBySeverity.unscored),
      },
      crossProjectDependencies: sum((r) => r.raid.crossProjectDependencies),
    },
    earnedValue: earnedValueFromTotals({
      bac: sum((r) => r.earnedValue.bac),
      pv: sum((r) => r.earnedValue.pv),
      ev: sum((r) => r.earnedValue.ev),
      ac: sum((r) => r.earnedValue.ac),
    }),
    compliance: aggregateCompliance(rollups),
    rag: {
      schedule: coloursOf('schedule'),
      scope: coloursOf('scope'),
      cost: coloursOf('cost'),
      risk: coloursOf('risk'),
      compliance: coloursOf('compliance'),
    },
    overallCounts: countColours(overallColours),
    overall: worstRag(overallColours),
    ...(changeControl === null ? {} : { changeControl }),
  };
}
