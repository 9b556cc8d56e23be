import type { ChangeControlSummary } from '../../../../../src/domain/change-control/change-control-summary';
import type { PortfolioDto, PortfolioProjectDto } from '../../../../../src/contract/portfolio-dto';
import { aggregateRollups } from '../../../../../src/domain/rollup/aggregate-rollups';
import { computeProjectRollup } from '../../../../../src/domain/rollup/compute-project-rollup';
import type { ProjectRollup } from '../../../../../src/domain/rollup/project-rollup';
import type { WorkItem } from '../../../../../src/domain/work-item/work-item';
import { aProjectRollupInput } from '../../../../domain/builders/a-project-rollup-input';
import { aWorkItem } from '../../../../domain/builders/a-work-item';

export const today = '2026-03-10T12:00:00Z';

/**
 * A project computed by the real domain from a few items: `done` of four stories finished, one open risk of the given
 * severity and a milestone due on `due` (a milestone is a work item, so it counts in
 * progress).
 */
export function aRollup(
  key: string,
  program: string | null,
  options: { readonly done?: number; readonly risk?: 'critical' | 'high'; readonly due?: string; readonly name?: string } = {},
): ProjectRollup {
  const stories: WorkItem[] = [1, 2, 3, 4].map((n) => aWorkItem({ key: `${key}-${n}`, statusCategory: n <= (options.done ?? 0) ? 'done' : 'new' }));
  // Scores 16 (critical) and 12 (high) under the default bands.
  const risk =
    options.risk === undefined
      ? []
      : [aWorkItem({ key: `${key}-5`, issueType: 'Risk', raid: { probability: options.risk === 'critical' ? 4 : 3, impact: 4 } })];
  const milestone = options.due === undefined ? [] : [aWorkItem({ key: `${key}-6`, issueType: 'Milestone', due: options.due })];
  const input = aProjectRollupInput(key, [...stories, ...risk, ...milestone], program);
  const rollup = computeProjectRollup(input, today);
  return options.name === undefined ? rollup : { ...rollup, project: { ...rollup.project, name: options.name } };
}

/** A project as the portfolio carries it, led by `lead` (an account id and name) or by nobody. */
export function aPortfolioProject(
  rollup: ProjectRollup,
  lead: { readonly accountId: string; readonly displayName: string | null } | null = null,
): PortfolioProjectDto {
  return { rollup, lead, partial: false, stale: false, trend: null, history: [], changeControl: rollup.changeControl ?? null, fromIntake: [] };
}

/** A change control summary with an approved baseline v1 and nothing pending or slipped, changed by `changes`. */
export function aChangeControl(changes: Partial<ChangeControlSummary> = {}): ChangeControlSummary {
  return {
    baselineVersion: 1,
    changeRequests: 0,
    pending: 0,
    oldestPendingDays: null,
    uncontrolledSlips: 0,
    slips: [],
    budgetBeyond: null,
    scopeBeyond: null,
    ...changes,
  };
}

/** The roll-up as a refresh that computed change control stores it. */
export function withChangeControl(rollup: ProjectRollup, changeControl: ChangeControlSummary): ProjectRollup {
  return { ...rollup, changeControl };
}

/** The refresh status of a portfolio with nothing under way, changed by `changes`. */
export function aRefreshStatus(changes: Partial<PortfolioDto['refresh']> = {}): PortfolioDto['refresh'] {
  return { requestedAt: null, pendingProjects: 0, reading: null, throttle: null, backgroundPointsPerHour: 6_500, ...changes };
}

/** A portfolio of the given projects, grouped by their program in first-seen order, with real aggregates. */
export function aPortfolio(
  projects: readonly PortfolioProjectDto[],
  refresh: PortfolioDto['refresh'] = aRefreshStatus(),
  notRefreshed: PortfolioDto['notRefreshed'] = [],
): PortfolioDto {
  const names = [...new Set(projects.map((p) => p.rollup.project.category ?? 'No program'))];
  const programs = names.map((name) => {
    const members = projects.filter((p) => (p.rollup.project.category ?? 'No program') === name);
    return {
      name,
      aggregate: aggregateRollups(
        name,
        members.map((p) => p.rollup),
      ),
      projects: members,
    };
  });
  const totals = aggregateRollups(
    'Portfolio',
    projects.map((p) => p.rollup),
  );
  return { asOf: totals.asOf, totals, programs, notRefreshed, intakeProjects: [], refresh };
}
