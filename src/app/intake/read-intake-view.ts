import type { ProjectKey } from '../../domain/ids/project-key';
import { stageOfStatus } from '../../domain/intake/stage-of-status';
import { wsjfScoringModel } from '../../domain/intake/wsjf-scoring-model';
import { parseInstant } from '../../domain/time/parse-instant';
import type { BrowsableProject } from '../../ports/viewer-directory';
import { defaultIntakeSettings } from './default-intake-settings';
import { findScoringModel } from './find-scoring-model';
import type { IntakeDeps } from './intake-deps';
import type { IntakeProposalRecord } from './intake-proposal-record';
import type { IntakeView } from './intake-view';
import { isProposal } from './is-proposal';
import { proposalInputs } from './proposal-inputs';

async function readProject(deps: IntakeDeps, view: Pick<IntakeView, 'settings' | 'model'>, project: BrowsableProject, key: ProjectKey) {
  const [issues, stored, scores, decisions] = await Promise.all([
    deps.workItems.loadProjectIssues(key),
    deps.rollups.loadRollup(key),
    deps.scores.listScores(key),
    deps.decisions.listDecisions(key),
  ]);
  const projectProgram = stored?.rollup.project.category ?? project.category;
  const proposals = (issues ?? []).flatMap(({ item }): IntakeProposalRecord[] => {
    const submittedAt = parseInstant(item.created);
    if (!isProposal(item, view.settings) || submittedAt === null) return [];
    return [
      {
        item,
        project,
        // An intake project is often in no program: the proposal's own Program field says where it would land.
        program: item.criteria?.program ?? projectProgram,
        submittedAt,
        inputs: proposalInputs(
          view.model,
          item,
          scores.filter((score) => score.proposalKey === item.key),
        ),
        decisions: decisions.filter((d) => d.decision.proposalKey === item.key).sort((a, b) => a.version - b.version),
        workflowStage: stageOfStatus(view.model, item.statusName),
      },
    ];
  });
  return { proposals, refreshed: issues !== null };
}

/**
 * Reads intake as the viewer may see it, from storage alone: the settings (or the defaults), the chosen model (WSJF
 * when the chosen one is gone), and the proposals of the intake projects Jira lets the viewer browse, each with its
 * criterion values, decisions and workflow stage. A project the viewer may not browse is never read, so nothing of it
 * can reach an answer. `only` narrows the read to one project (a write about one proposal).
 */
export async function readIntakeView(deps: IntakeDeps, only: ProjectKey | null = null): Promise<IntakeView> {
  const [saved, browsable] = await Promise.all([deps.settings.loadSettings(), deps.viewer.browsableProjects()]);
  const settings = saved ?? defaultIntakeSettings;
  const model = (await findScoringModel(deps.models, settings.modelId)) ?? wsjfScoringModel;
  const byKey = new Map(browsable.map((project) => [project.key, project]));
  const projects = settings.projectKeys.flatMap((key) => {
    const project = byKey.get(key);
    return project === undefined || (only !== null && key !== only) ? [] : [{ project, key }];
  });
  const read = await Promise.all(projects.map(({ project, key }) => readProject(deps, { settings, model }, project, key)));
  return {
    settings,
    model,
    projects: projects.map(({ project }) => project),
    proposals: read.flatMap((r) => r.proposals),
    notRefreshed: projects.filter((_, index) => read[index]?.refreshed === false).map(({ key }) => key),
  };
}
