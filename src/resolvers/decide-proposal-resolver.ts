import { z } from 'zod';
import { decideProposal } from '../app/intake/decide-proposal';
import { intakeStages } from '../domain/intake/intake-stage';
import { defineResolver } from './define-resolver';
import { intakeBoardQuerySchema } from './intake-board-query-schema';
import { issueKeySchema } from './issue-key-schema';

/** decideProposal: moves a proposal to screening, approved, deferred or rejected (Jira or project administrators; CONFLICT on a concurrent decision; audited). */
export const decideProposalResolver = defineResolver({
  payload: z.object({
    proposalKey: issueKeySchema,
    stage: z.enum(intakeStages),
    // Longer than the domain keeps, so an over-long reason is refused in the domain's words rather than the schema's.
    reason: z.string().max(10_000).optional(),
    expectedVersion: z.int().min(0),
    overloadConfirmed: z.boolean().optional(),
    // The page of the board the caller shows, answered after the write; the first 100 proposals when absent.
    board: intakeBoardQuerySchema.optional(),
  }),
  permission: 'signed-in',
  refusal: 'Deciding a proposal needs a signed-in Jira user.',
  run: (deps, payload) =>
    decideProposal(
      deps.intakeWrite(),
      {
        proposalKey: payload.proposalKey,
        stage: payload.stage,
        reason: payload.reason ?? null,
        expectedVersion: payload.expectedVersion,
        overloadConfirmed: payload.overloadConfirmed ?? false,
      },
      payload.board ?? {},
    ),
});
