import { z } from 'zod';
import { scoreProposal } from '../app/intake/score-proposal';
import { defineResolver } from './define-resolver';
import { intakeBoardQuerySchema } from './intake-board-query-schema';
import { issueKeySchema } from './issue-key-schema';

/** scoreProposal: records reviewers' criterion values on a proposal (Jira or project administrators; checked against the model's scales; audited). */
export const scoreProposalResolver = defineResolver({
  payload: z.object({
    proposalKey: issueKeySchema,
    // zod refuses NaN and the infinities: a value is a finite number, or null to take a score away.
    scores: z
      .array(z.object({ criterionId: z.string().max(64), value: z.number().min(-1e12).max(1e12).nullable() }))
      .min(1)
      .max(30),
    // The page of the board the caller shows, answered after the write; the first 100 proposals when absent.
    board: intakeBoardQuerySchema.optional(),
  }),
  permission: 'signed-in',
  refusal: 'Scoring a proposal needs a signed-in Jira user.',
  run: (deps, payload) => scoreProposal(deps.intakeWrite(), { proposalKey: payload.proposalKey, scores: payload.scores }, payload.board ?? {}),
});
