import { z } from 'zod';
import { changeOutcomes } from '../../domain/change-control/change-outcome';
import { decisionSources } from '../../domain/change-control/decision-source';
import { parseAccountId } from '../../domain/ids/parse-account-id';
import { parseIssueKey } from '../../domain/ids/parse-issue-key';
import { parseInstant } from '../../domain/time/parse-instant';
import type { RecordedDecision } from '../../ports/recorded-decision';
import { brandedStringSchema } from './branded-string-schema';

const impactPart = z.number().nullable();

/** A decision recorded in the app, as stored. */
export const recordedDecisionSchema: z.ZodType<RecordedDecision> = z.object({
  version: z.int().min(1),
  decision: z.object({
    changeKey: brandedStringSchema(parseIssueKey, 'an issue key'),
    outcome: z.enum(changeOutcomes),
    decidedAt: brandedStringSchema(parseInstant, 'an instant'),
    decidedBy: brandedStringSchema(parseAccountId, 'an account id'),
    reason: z.string().nullable(),
    source: z.enum(decisionSources),
  }),
  impact: z.object({ days: impactPart, cost: impactPart, scope: impactPart }),
  deciderName: z.string().nullable(),
  baselineVersion: z.int().min(1).nullable(),
});
