import type { IntakeBoardDto, IntakeProposalDto } from '../../contract/intake-board-dto';
import { parseProjectKey } from '../../domain/ids/parse-project-key';
import { rankProposals } from '../../domain/intake/rank-proposals';
import { scoreProposal } from '../../domain/intake/score-proposal';
import { describeProposalDeliveries, type ProposalDeliveryShown } from './describe-proposal-deliveries';
import { approvalChecksOf } from './approval-checks-of';
import type { IntakeDeps } from './intake-deps';
import type { IntakeView } from './intake-view';
import { readIntakeView } from './read-intake-view';
import type { ProposalCapacityFacts } from './proposal-capacity-facts';
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

/** The board for a view already read: each proposal scored, ranked by the domain's tie rule, and described. */
function toIntakeBoard(
  view: IntakeView,
  canDecide: ReadonlySet<string>,
  canConfigure: boolean,
  deliveryOf: (proposalKey: string) => ProposalDeliveryShown,
  capacityOf: (proposalKey: string) => ProposalCapacityFacts,
): IntakeBoardDto {
  const scored = view.proposals.map((record) => ({
    key: record.item.key,
    submittedAt: record.submittedAt,
    scored: scoreProposal(view.model, record.inputs),
    record,
  }));
  const proposals = rankProposals(scored).map(({ proposal, rank, tied, unscoredBecause }): IntakeProposalDto => {
    const { record, scored: score } = proposal;
    const { item, project } = record;
    const { stage, decision } = stageOfProposal(record);
    return {
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
      ...deliveryOf(item.key),
      ...capacityOf(item.key),
    };
  });
  const programs = [...new Set(proposals.flatMap((p) => (p.program === null ? [] : [p.program])))].sort(byName);
  const themes = [...new Set(proposals.flatMap((p) => (p.theme === null ? [] : [p.theme])))].sort(byName);
  return {
    model: view.model,
    settings: { ...view.settings, projectKeys: view.projects.map((project) => project.key) },
    canConfigure,
    proposals,
    programs,
    themes,
    notRefreshed: view.notRefreshed,
  };
}

/**
 * The intake board for the viewer, from stored data only (no Jira search): the proposals of the intake projects they
 * may browse, scored by the chosen model (Jira's criteria, reviewers' scores where Jira has none, each named by its
 * source), ranked (higher score first; ties by earlier submission, then issue key), with each one's stage and the
 * decision behind it. A proposal in a project the viewer may not browse is never read. Jira is asked, as the viewer,
 * only for their projects and permissions.
 */
export async function loadIntakeBoard(deps: IntakeDeps): Promise<IntakeBoardDto> {
  const [view, isAdmin] = await Promise.all([readIntakeView(deps), deps.viewer.isJiraAdmin()]);
  const [canDecide, deliveryOf] = await Promise.all([decidableProjects(deps, view, isAdmin), describeProposalDeliveries(deps, view)]);
  return toIntakeBoard(view, canDecide, isAdmin, deliveryOf, await approvalChecksOf(deps, view.proposals, canDecide));
}
