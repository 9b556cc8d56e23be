import type { DeliveredProposalDto } from '../../contract/delivered-proposal-dto';
import { compareIssueKeys } from '../../domain/ids/compare-issue-keys';
import { parseProjectKey } from '../../domain/ids/parse-project-key';
import type { BrowsableProject } from '../../ports/viewer-directory';
import { defaultIntakeSettings } from './default-intake-settings';
import type { IntakeDeps } from './intake-deps';
import type { PortfolioIntake } from './portfolio-intake';
import { readIntakeView } from './read-intake-view';
import { readProposalDeliveries } from './read-proposal-deliveries';
import { stageOfProposal } from './stage-of-proposal';

/**
 * Intake as the portfolio shows it to one viewer, from storage alone (no Jira request: `visible` are the projects the
 * portfolio already asked Jira for, as the viewer). The intake projects are named by the settings; the approved
 * proposals of the intake projects the viewer may browse are listed under the project that delivers them, directly or
 * through one of its epics. Proposals are read only when some link is stored, so a site without links reads the links
 * and nothing else.
 *
 * @example
 * const intake = await loadPortfolioIntake(deps, await viewer.browsableProjects());
 * intake.deliveredBy.get('WEB'); // [{ key: 'INT-1', summary: 'Cloud contact centre', epicKey: null }]
 */
export async function loadPortfolioIntake(deps: IntakeDeps, visible: readonly BrowsableProject[]): Promise<PortfolioIntake> {
  const settings = (await deps.settings.loadSettings()) ?? defaultIntakeSettings;
  const intakeProjectKeys = new Set<string>(settings.projectKeys);
  const browsableIntake = visible.flatMap((project) => (intakeProjectKeys.has(project.key) ? (parseProjectKey(project.key) ?? []) : []));
  const links = await readProposalDeliveries(deps, browsableIntake);
  const standing = new Map(
    [...links].flatMap(([key, versions]) => {
      const target = versions.at(-1)?.target ?? null;
      return target === null ? [] : [[key, target] as const];
    }),
  );
  const deliveredBy = new Map<string, DeliveredProposalDto[]>();
  if (standing.size === 0) return { intakeProjectKeys, deliveredBy };
  const view = await readIntakeView({ ...deps, viewer: { ...deps.viewer, browsableProjects: () => Promise.resolve(visible) } });
  const approved = view.proposals.filter((record) => standing.has(record.item.key) && stageOfProposal(record).stage === 'approved');
  for (const { item } of [...approved].sort((a, b) => compareIssueKeys(a.item.key, b.item.key))) {
    const target = standing.get(item.key);
    if (target === undefined) continue;
    const list = deliveredBy.get(target.projectKey) ?? [];
    list.push({ key: item.key, summary: item.summary, epicKey: target.kind === 'epic' ? target.issueKey : null });
    deliveredBy.set(target.projectKey, list);
  }
  return { intakeProjectKeys, deliveredBy };
}
