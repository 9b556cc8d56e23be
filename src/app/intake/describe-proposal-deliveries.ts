import type { ProposalDeliveryDto } from '../../contract/proposal-delivery-dto';
import { parseProjectKey } from '../../domain/ids/parse-project-key';
import type { RecordedProposalDelivery } from '../../ports/recorded-proposal-delivery';
import type { IntakeDeps } from './intake-deps';
import type { IntakeView } from './intake-view';
import { readProposalDeliveries } from './read-proposal-deliveries';

/** A proposal's delivery as the board shows it, and the version the next link or unlink names. */
export interface ProposalDeliveryShown {
  readonly delivery: ProposalDeliveryDto | null;
  readonly deliveryVersion: number;
}

function shown(standing: RecordedProposalDelivery | undefined, names: ReadonlyMap<string, string>): ProposalDeliveryDto | null {
  const target = standing?.target ?? null;
  if (standing === undefined || target === null) return null;
  const projectName = names.get(target.projectKey);
  // Not browsable: the viewer learns it is delivered elsewhere, and nothing of where or by whom.
  if (projectName === undefined) return { kind: 'hidden' };
  const linked = { projectKey: target.projectKey, projectName, linkedAt: standing.linkedAt, linkedByName: standing.linkedByName };
  return target.kind === 'project' ? { kind: 'project', ...linked } : { kind: 'epic', ...linked, epicKey: target.issueKey, epicSummary: target.summary };
}

/**
 * The delivery links of the view's proposals as one viewer may see them, from storage: the projects of the view are
 * the intake projects they may browse, so no hidden proposal's link is read. The viewer's projects are asked of Jira
 * (as them) only when some proposal is linked, to name its project or hide it.
 *
 * @example
 * const deliveryOf = await describeProposalDeliveries(deps, view);
 * deliveryOf('INT-1'); // { delivery: { kind: 'project', projectKey: 'WEB', projectName: 'Customer Web Portal', ... }, deliveryVersion: 1 }
 */
export async function describeProposalDeliveries(deps: IntakeDeps, view: IntakeView): Promise<(proposalKey: string) => ProposalDeliveryShown> {
  const keys = view.projects.flatMap((project) => parseProjectKey(project.key) ?? []);
  const byProposal = await readProposalDeliveries(deps, keys);
  const linked = [...byProposal.values()].some((versions) => (versions.at(-1)?.target ?? null) !== null);
  const names = new Map(linked ? (await deps.viewer.browsableProjects()).map((project) => [project.key, project.name]) : []);
  return (proposalKey) => {
    const versions = byProposal.get(proposalKey) ?? [];
    const standing = versions.at(-1);
    return { delivery: shown(standing, names), deliveryVersion: standing?.version ?? 0 };
  };
}
