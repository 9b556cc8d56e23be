import { z } from 'zod';
import { linkProposalDelivery } from '../app/intake/link-proposal-delivery';
import { brandedProjectKeySchema } from './branded-project-key-schema';
import { defineResolver } from './define-resolver';
import { intakeBoardQuerySchema } from './intake-board-query-schema';
import { issueKeySchema } from './issue-key-schema';

/** linkProposalDelivery: links an approved proposal to the project or epic that delivers it (Jira or project administrators; CONFLICT on a concurrent link; audited). */
export const linkProposalDeliveryResolver = defineResolver({
  payload: z.object({
    proposalKey: issueKeySchema,
    target: z.discriminatedUnion('kind', [
      z.object({ kind: z.literal('project'), projectKey: brandedProjectKeySchema }),
      z.object({ kind: z.literal('epic'), issueKey: issueKeySchema }),
    ]),
    expectedVersion: z.int().min(0),
    // The page of the board the caller shows, answered after the write; the first 100 proposals when absent.
    board: intakeBoardQuerySchema.optional(),
  }),
  permission: 'signed-in',
  refusal: 'Linking a proposal to its delivery needs a signed-in Jira user.',
  run: (deps, payload) =>
    linkProposalDelivery(
      deps.intakeWrite(),
      { proposalKey: payload.proposalKey, target: payload.target, expectedVersion: payload.expectedVersion },
      payload.board ?? {},
    ),
});
