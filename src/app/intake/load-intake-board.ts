import type { IntakeBoardDto, IntakeProposalDto } from '../../contract/intake-board-dto';
import type { IntakeBoardQuery } from '../../contract/intake-board-query';
import { parseProjectKey } from '../../domain/ids/parse-project-key';
import { rankProposals } from '../../domain/intake/rank-proposals';
import { scoreProposal } from '../../domain/intake/score-proposal';
import { describeProposalDeliveries } from './describe-proposal-deliveries';
import { approvalChecksOf } from './approval-checks-of';
import type { IntakeDeps } from './intake-deps';
import type { IntakeView } from './intake-view';
import { readIntakeView } from './read-intake-view';
import { pageOfProposals } from './page-of-proposals';
import { stageOfProposal } from './stage-of-proposal';

const byName = (a: string, b: string): number => a.localeCompare(b, 'en');

/** Which of the view's projects the viewer may decide in: all for a Jira administrator, else asked per project. */
async function decidableProjects(deps: IntakeDeps, view: IntakeView, isAdmin: boolean): Promise<ReadonlySet<string>> {
  if (isAdmin) return new Set(view.projects.map((project) => project.key));
  const answers = await Promise.all(
    view.projects.map(async (project) => {
      const key = parseProjectKey(project.key);
      return key !== null && (await deps.jira.mayAdministerProject(key)) ? [project.key] : [];
    }),
  );
  return new Set(answers.flat());
}

/** Every proposal of a view scored and ranked by the domain's tie rule, and described as far as storage alone says. */
function rankedRows(view: IntakeView, canDecide: ReadonlySet<string>) {
  const scored = view.proposals.map((record) => ({
    key: record.item.key,
    submittedAt: record.submittedAt,
    scored: scoreProposal(view.model, record.inputs),
    record,
  }));
  return rankProposals(scored).map(({ proposal, rank, tied, unscoredBecause }) => {
    const { record, scored: score } = proposal;
    const { item, project } = record;
    const { stage, decision } = stageOfProposal(record);
    return {
      record,
      program: record.program,
      theme: item.criteria?.strategicTheme ?? null,
      stage,
      shown: {
        rank,
        tied,
        key: item.key,
        summary: item.summary,
        issueType: item.issueType,
        statusName: item.statusName,
        projectKey: project.key,
        projectName: project.name,
        program: record.program,
        theme: item.criteria?.strategicTheme ?? null,
        submittedAt: record.submittedAt,
        stage,
        decision,
        decisionVersion: record.decisions.at(-1)?.version ?? 0,
        decidedByWorkflow: record.workflowStage !== null,
        score: score.score,
        breakdown: score.breakdown,
        parts: score.parts,
        missing: score.missing,
        unscoredBecause,
        canDecide: canDecide.has(project.key),
      },
    };
  });
}

/**
 * The intake board for the viewer, from stored data only (no Jira search): the proposals of the intake projects they
 * may browse, scored by the chosen model (Jira's criteria, reviewers' scores where Jira has none, each named by its
 * source), ranked (higher score first; ties by earlier submission, then issue key), with each one's stage and the
 * decision behind it. A proposal in a project the viewer may not browse is never read. Jira is asked, as the viewer,
 * only for their projects and permissions.
 *
 * A query answers one page of the ranked board (filtered by program, theme or stage; ranks stay the whole board's),
 * so thousands of proposals stay far below Forge's 5 MB response; deliveries and approval checks are worked out for
 * that page only. Without a query (the report, the CLI) the whole board is answered.
 */
export async function loadIntakeBoard(deps: IntakeDeps, query: IntakeBoardQuery | null = null): Promise<IntakeBoardDto> {
  const [view, isAdmin] = await Promise.all([readIntakeView(deps), deps.viewer.isJiraAdmin()]);
  const [canDecide, deliveryOf] = await Promise.all([decidableProjects(deps, view, isAdmin), describeProposalDeliveries(deps, view)]);
  const ranked = rankedRows(view, canDecide);
  const { proposals: onPage, page } = pageOfProposals(ranked, query ?? { limit: ranked.length });
  const capacityOf = await approvalChecksOf(
    deps,
    onPage.map((row) => row.record),
    canDecide,
  );
  const proposals = onPage.map((row): IntakeProposalDto => ({ ...row.shown, ...deliveryOf(row.shown.key), ...capacityOf(row.shown.key) }));
  return {
    model: view.model,
    settings: { ...view.settings, projectKeys: view.projects.map((project) => project.key) },
    canConfigure: isAdmin,
    proposals,
    programs: [...new Set(ranked.flatMap((row) => (row.program === null ? [] : [row.program])))].sort(byName),
    withoutProgram: ranked.some((row) => row.program === null),
    themes: [...new Set(ranked.flatMap((row) => (row.theme === null ? [] : [row.theme])))].sort(byName),
    page,
    notRefreshed: view.notRefreshed,
  };
}
