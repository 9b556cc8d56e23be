import type { IntakeBoardDto } from '../../contract/intake-board-dto';
import type { IntakeBoardQuery } from '../../contract/intake-board-query';
import { projectKeyOf } from '../../domain/ids/project-key-of';
import { instantOf } from '../../domain/time/instant-of';
import type { DeliveryTarget } from '../../ports/delivery-target';
import type { RecordedProposalDelivery } from '../../ports/recorded-proposal-delivery';
import { GovernanceError } from '../templates/governance-error';
import { recordAudit } from '../templates/record-audit';
import { findProposal } from './find-proposal';
import type { IntakeWriteDeps } from './intake-write-deps';
import type { LinkProposalDeliveryInput } from './link-proposal-delivery-input';
import { loadIntakeBoard } from './load-intake-board';
import { readProposalDeliveries } from './read-proposal-deliveries';
import { requireReviewer } from './require-reviewer';
import { resolveDeliveryTarget } from './resolve-delivery-target';
import { stageOfProposal } from './stage-of-proposal';

const named = (target: DeliveryTarget): string =>
  target.kind === 'project' ? `project ${target.projectKey}` : `epic ${target.issueKey} of ${target.projectKey}`;

/**
 * Links an approved proposal to the project or epic that delivers it, or (with no target) takes the link away, in the
 * app (Jira stays unchanged): for the people who may decide it (a Jira administrator or an administrator of its
 * project). Only an approved proposal is linked; the target is checked by `resolveDeliveryTarget`. Each link or unlink
 * is a new version written once, so of two links at once, or one over a version the caller did not see, the later
 * gets CONFLICT and nothing is written. Audited.
 *
 * @example
 * await linkProposalDelivery(deps, { proposalKey: 'INT-1', target: { kind: 'project', projectKey: 'WEB' }, expectedVersion: 0 });
 */
export async function linkProposalDelivery(deps: IntakeWriteDeps, input: LinkProposalDeliveryInput, board: IntakeBoardQuery = {}): Promise<IntakeBoardDto> {
  const { view, record } = await findProposal(deps, input.proposalKey);
  const intakeKey = projectKeyOf(input.proposalKey);
  const actor = await requireReviewer(deps, intakeKey);
  const { stage } = stageOfProposal(record);
  if (input.target !== null && stage !== 'approved') {
    throw new GovernanceError(
      'BAD_REQUEST',
      `${input.proposalKey} is ${stage}, not approved: only an approved proposal is linked to the project or epic that delivers it.`,
    );
  }
  const standing = (await readProposalDeliveries(deps, [intakeKey])).get(input.proposalKey)?.at(-1) ?? null;
  if ((standing?.version ?? 0) !== input.expectedVersion) {
    throw new GovernanceError('CONFLICT', `The delivery of ${input.proposalKey} was changed meanwhile. Reload to see it before linking again.`);
  }
  const before = standing?.target ?? null;
  if (input.target === null && before === null) {
    throw new GovernanceError('BAD_REQUEST', `${input.proposalKey} is not linked to a project or epic: there is nothing to unlink.`);
  }
  const target = input.target === null ? null : await resolveDeliveryTarget(deps, view, input.target);
  const recorded: RecordedProposalDelivery = {
    version: input.expectedVersion + 1,
    proposalKey: input.proposalKey,
    target,
    linkedAt: instantOf(deps.admin.now()),
    linkedBy: actor,
    linkedByName: await deps.admin.actorName(),
  };
  if ((await deps.deliveries.addDelivery(intakeKey, recorded)) === 'conflict') {
    throw new GovernanceError('CONFLICT', `Someone linked ${input.proposalKey} a moment ago. Reload to see its delivery before linking again.`);
  }
  const summary =
    target === null
      ? `Unlinked ${input.proposalKey} from ${before === null ? 'its delivery' : named(before)}`
      : `Linked ${input.proposalKey} to ${named(target)}`;
  await recordAudit(deps.admin, 'intake.deliver', input.proposalKey, summary, standing, recorded);
  return loadIntakeBoard(deps, board);
}
