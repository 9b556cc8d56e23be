import { summarizeChangeControl } from '../change-control/summarize-change-control';
import { computeEarnedValue } from '../earned-value/compute-earned-value';
import { projectEarnedValueInputs } from '../earned-value/project-earned-value-inputs';
import { countByStatusCategory } from '../progress/count-by-status-category';
import { measureProgress } from '../progress/measure-progress';
import { defaultRaidMapping } from '../raid/default-raid-mapping';
import { summarizeRaid } from '../raid/summarize-raid';
import { decideRag } from '../rag/decide-rag';
import { defaultRagPolicy } from '../rag/default-rag-policy';
import { overallRag } from '../rag/overall-rag';
import { summarizeGates } from '../schedule/summarize-gates';
import { summarizeMilestones } from '../schedule/summarize-milestones';
import { writtenDayOf } from '../time/written-day-of';
import { complianceSummaryOf } from './compliance-summary-of';
import type { ProjectRollup } from './project-rollup';
import type { ProjectRollupInput } from './project-rollup-input';

/**
 * Rolls a project's work items up into the figures a PMO reads: counts by status category, progress by count and by
 * story points, milestones and gates, RAID counts and open risks by severity, earned value, compliance, change control
 * against the approved baseline (when its inputs are given), a RAG colour per dimension with its reason, and the
 * overall colour. Each part is a linear pass over the items, so 100,000 items
 * take a fraction of a second; the result depends only on the items (not on their order) and on `now`.
 *
 * @param now the instant to compute at (ISO 8601); its written date is "today" for milestones and the plan.
 * @throws RangeError when `now` is not an ISO 8601 date-time or the compliance result is malformed.
 * @example
 * const rollup = computeProjectRollup(
 *   { project: { key: parseProjectKey('PMO')!, name: 'PMO', category: 'Transformation', leadId: null }, items },
 *   '2026-03-10T09:00:00Z',
 * );
 * rollup.rag.cost; // { rag: 'red', reason: 'CPI 0.82 is below the red threshold 0.85', ... }
 * rollup.overall;  // { rag: 'red', reason: 'Cost is red (compliance has no data)' }
 */
export function computeProjectRollup(input: ProjectRollupInput, now: string): ProjectRollup {
  const { items } = input;
  const policy = input.policy ?? defaultRagPolicy;
  const raidMapping = input.raidMapping ?? defaultRaidMapping;

  const milestones = summarizeMilestones(items, now);
  const raid = summarizeRaid(items, input.riskBands === undefined ? { raidMapping } : { raidMapping, riskBands: input.riskBands });
  const plan = projectEarnedValueInputs(items, now, { raidMapping });
  const earnedValue = computeEarnedValue(plan);
  const compliance = complianceSummaryOf(input.compliance);
  const { low, medium, high, critical } = raid.openRisksBySeverity;
  const today = writtenDayOf(now);
  if (today === null) throw new RangeError(`now must be an ISO 8601 date-time, got "${now}"`);
  const changeControl = input.changeControl === undefined ? null : summarizeChangeControl({ ...input.changeControl, items, raidMapping }, today);

  const rag = {
    schedule: decideRag(
      'schedule',
      {
        spi: earnedValue.spi,
        overdueMilestones: milestones.overdue,
        datedMilestones: milestones.total - milestones.undated,
        uncontrolledSlips: changeControl === null || changeControl.baselineVersion === null ? null : changeControl.uncontrolledSlips,
      },
      policy,
    ),
    scope: decideRag(
      'scope',
      {
        plannedFraction: plan.plannedBasis === 'none' ? null : plan.plannedFraction,
        actualFraction: plan.actualBasis === 'none' ? null : plan.actualFraction,
      },
      policy,
    ),
    cost: decideRag('cost', { cpi: earnedValue.cpi, bac: earnedValue.bac }, policy),
    risk: decideRag('risk', { risksLogged: raid.byKind.risk.total, openRisksBySeverity: { low, medium, high, critical } }, policy),
    compliance: decideRag('compliance', { score: compliance.score }, policy),
  };

  return {
    // Copied field by field so that a snapshot holds exactly these, whatever else the caller's object carries.
    project: { key: input.project.key, name: input.project.name, category: input.project.category, leadId: input.project.leadId },
    asOf: now,
    counts: countByStatusCategory(items),
    progress: measureProgress(items, raidMapping),
    milestones,
    gates: summarizeGates(items),
    raid,
    plan,
    earnedValue,
    compliance,
    rag,
    overall: overallRag(rag, policy.overall),
    overallMode: policy.overall,
    ...(changeControl === null ? {} : { changeControl }),
  };
}
