import type { ProjectKey } from '../../domain/ids/project-key';
import type { RecordedProposalDelivery } from '../../ports/recorded-proposal-delivery';
import type { IntakeDeps } from './intake-deps';

/**
 * Every recorded delivery link of the given intake projects' proposals, by proposal key, oldest version first. Only
 * the projects named are read, so a caller that passes the viewer's browsable intake projects reads nothing hidden.
 *
 * @example
 * const byProposal = await readProposalDeliveries(deps, ['INT']);
 * byProposal.get('INT-1')?.at(-1)?.target; // { kind: 'project', projectKey: 'WEB' }, or null once unlinked
 */
export async function readProposalDeliveries(
  deps: Pick<IntakeDeps, 'deliveries'>,
  intakeProjectKeys: readonly ProjectKey[],
): Promise<ReadonlyMap<string, readonly RecordedProposalDelivery[]>> {
  const lists = await Promise.all(intakeProjectKeys.map((key) => deps.deliveries.listDeliveries(key)));
  const byProposal = new Map<string, RecordedProposalDelivery[]>();
  for (const recorded of lists.flat()) {
    const versions = byProposal.get(recorded.proposalKey) ?? [];
    versions.push(recorded);
    byProposal.set(recorded.proposalKey, versions);
  }
  for (const versions of byProposal.values()) versions.sort((a, b) => a.version - b.version);
  return byProposal;
}
