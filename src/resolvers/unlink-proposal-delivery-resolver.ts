import { z } from 'zod';
import { linkProposalDelivery } from '../app/intake/link-proposal-delivery';
import { defineResolver } from './define-resolver';
import { intakeBoardQuerySchema } from './intake-board-query-schema';
import { issueKeySchema } from './issue-key-schema';

/** unlinkProposalDelivery: takes a proposal's delivery link away (Jira or project administrators; CONFLICT on a concurrent change; audited). */
export const unlinkProposalDeliveryResolver = defineResolver({
  payload: z.object({
    proposalKey: issueKeySchema,
    expectedVersion: z.int().min(0),
    // The page of the board the caller shows, answered after the write; the first 100 proposals when absent.
    board: intakeBoardQuerySchema.optional(),
  }),
  permission: 'signed-in',
  refusal: 'Unlinking a proposal from its delivery needs a signed-in Jira user.',
  run: (deps, payload) =>
    linkProposalDelivery(deps.intakeWrite(), { proposalKey: payload.proposalKey, target: null, expectedVersion: payload.expectedVersion }, payload.board ?? {}),
});
