import { z } from 'zod';
import { parseAccountId } from '../../domain/ids/parse-account-id';
import { parseIssueKey } from '../../domain/ids/parse-issue-key';
import { parseInstant } from '../../domain/time/parse-instant';
import type { ReviewerScore } from '../../ports/reviewer-score';
import { brandedStringSchema } from './branded-string-schema';

/** A reviewer's score as stored: ids through their parsers, the value a finite number. */
export const reviewerScoreSchema: z.ZodType<ReviewerScore> = z.object({
  proposalKey: brandedStringSchema(parseIssueKey, 'an issue key'),
  modelId: z.string().regex(/^[a-z0-9][a-z0-9-]{0,63}$/),
  criterionId: z.string().regex(/^[A-Za-z][A-Za-z0-9_-]{0,63}$/),
  value: z.number(),
  scoredBy: brandedStringSchema(parseAccountId, 'an account id'),
  scoredAt: brandedStringSchema(parseInstant, 'an instant'),
});
