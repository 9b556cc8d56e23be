import { z } from 'zod';
import { decisionSources } from '../../domain/change-control/decision-source';
import { parseAccountId } from '../../domain/ids/parse-account-id';
import { parseIssueKey } from '../../domain/ids/parse-issue-key';
import { intakeStages } from '../../domain/intake/intake-stage';
import { parseInstant } from '../../domain/time/parse-instant';
import type { RecordedIntakeDecision } from '../../ports/recorded-intake-decision';
import { brandedStringSchema } from './branded-string-schema';

/** A decision on a proposal recorded in the app, as stored. */
export const recordedIntakeDecisionSchema: z.ZodType<RecordedIntakeDecision> = z.object({
  version: z.int().min(1),
  decision: z.object({
    proposalKey: brandedStringSchema(parseIssueKey, 'an issue key'),
    stage: z.enum(intakeStages),
    decidedAt: brandedStringSchema(parseInstant, 'an instant'),
    decidedBy: brandedStringSchema(parseAccountId, 'an account id'),
    reason: z.string().nullable(),
    source: z.enum(decisionSources),
  }),
  deciderName: z.string().nullable(),
  // Kept from the first release on, so a decision that confirmed an overload always says so.
  overloadConfirmed: z.boolean(),
});
