import { z } from 'zod';
import { scoreProposal } from '../app/intake/score-proposal';
import { defineResolver } from './define-resolver';
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
  }),
  permission: 'signed-in',
  refusal: 'Scoring a proposal needs a signed-in Jira user.',
  run: (deps, payload) => scoreProposal(deps.intakeWrite(), payload),
});
