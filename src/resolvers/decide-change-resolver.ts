import { z } from 'zod';
import { decideChange } from '../app/change-control/decide-change';
import { decidedOutcomes } from '../domain/change-control/change-outcome';
import { defineResolver } from './define-resolver';
import { issueKeySchema } from './issue-key-schema';

/** An impact entered when deciding: a finite number (zod refuses NaN and the infinities), or left out. */
const impactPart = z.number().min(-1e12).max(1e12).optional();

/** decideChange: records an approval, rejection or deferral of a change request (project or Jira administrators; audited). */
export const decideChangeResolver = defineResolver({
  payload: z.object({
    changeKey: issueKeySchema,
    outcome: z.enum(decidedOutcomes),
    reason: z.string().max(2000).optional(),
    expectedVersion: z.int().min(0),
    impact: z
      .object({ days: z.int().min(-3650).max(3650).optional(), cost: impactPart, scope: impactPart })
      .strict()
      .optional(),
  }),
  permission: 'signed-in',
  refusal: 'Deciding a change needs a signed-in Jira user.',
  run: (deps, payload) =>
    decideChange(deps.changeControlWrite(), {
      changeKey: payload.changeKey,
      outcome: payload.outcome,
      reason: payload.reason ?? null,
      expectedVersion: payload.expectedVersion,
      impact: {
        ...(payload.impact?.days === undefined ? {} : { days: payload.impact.days }),
        ...(payload.impact?.cost === undefined ? {} : { cost: payload.impact.cost }),
        ...(payload.impact?.scope === undefined ? {} : { scope: payload.impact.scope }),
      },
    }),
});
