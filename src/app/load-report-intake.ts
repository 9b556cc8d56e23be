import type { IntakeBoardDto } from '../contract/intake-board-dto';
import type { ReportIntakeInput } from '../domain/report/report-intake-input';
import type { ReportScope } from '../domain/report/report-scope';
import type { CalendarDay } from '../domain/time';
import type { BrowsableProject } from '../ports/viewer-directory';
import type { CapacityReadDeps } from './capacity/capacity-read-deps';
import { loadCapacity } from './capacity/load-capacity';
import type { IntakeDeps } from './intake/intake-deps';
import { loadIntakeBoard } from './intake/load-intake-board';

/** The stores intake and capacity read; who the reader is and what they may browse come from the report. */
export interface ReportIntakePorts {
  readonly board: Omit<IntakeDeps, 'viewer' | 'jira'>;
  readonly capacity: Omit<CapacityReadDeps, 'viewer'>;
}

// A report only reads: it never offers deciding or editing, so it asks Jira nothing about those rights.
const decidesNothing = () => Promise.resolve(false);

function toProposals(board: IntakeBoardDto): ReportIntakeInput['proposals'] {
  return board.proposals.map((p) => ({
    key: p.key,
    projectKey: p.projectKey,
    summary: p.summary,
    program: p.program,
    stage: p.stage,
    rank: p.rank,
    tied: p.tied,
    score: p.score,
    breakdown: p.breakdown,
    decision:
      p.decision === null
        ? null
        : {
            decidedAt: p.decision.decidedAt,
            by: p.decision.deciderName ?? p.decision.decidedBy,
            source: p.decision.source,
            reason: p.decision.reason,
            overloadConfirmed: p.decision.overloadConfirmed,
          },
  }));
}

/**
 * What the report's intake section is built from, for one reader and from storage only: the intake board as they
 * would see it (`loadIntakeBoard`: proposals of the intake projects they may browse, scored, ranked, each with the
 * decision behind its stage) and their capacity heat map (`loadCapacity`). Both are given the projects the report
 * already asked Jira for, and no right to decide or edit, so the section adds no Jira request. A reader who may
 * browse no intake project gets no proposal; the heat map keeps only the scope's programs when it names programs.
 */
export async function loadReportIntake(
  ports: ReportIntakePorts,
  browsable: readonly BrowsableProject[],
  scope: ReportScope,
  today: CalendarDay,
): Promise<ReportIntakeInput> {
  const viewer = { browsableProjects: () => Promise.resolve(browsable), isJiraAdmin: decidesNothing };
  const [board, capacity] = await Promise.all([
    loadIntakeBoard({ ...ports.board, viewer, jira: { mayAdministerProject: decidesNothing }, capacity: { ...ports.board.capacity, viewer } }),
    loadCapacity({ ...ports.capacity, viewer }, today),
  ]);
  return {
    intakeProjects: board.settings.projectKeys,
    proposals: toProposals(board),
    heatMap: capacity.heatMap,
    programProjects: capacity.programs.map((entry) => ({ program: entry.program, projectKeys: entry.projects.map((project) => project.key) })),
    programs: scope.kind === 'programs' ? scope.names : null,
  };
}
