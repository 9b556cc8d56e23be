import { z } from 'zod';
import { parseAccountId } from '../../domain/ids/parse-account-id';
import { parseIssueKey } from '../../domain/ids/parse-issue-key';
import { parseProjectKey } from '../../domain/ids/parse-project-key';
import { parseInstant } from '../../domain/time/parse-instant';
import type { RecordedProposalDelivery } from '../../ports/recorded-proposal-delivery';
import { brandedStringSchema } from './branded-string-schema';

const projectKey = brandedStringSchema(parseProjectKey, 'a project key');
const issueKey = brandedStringSchema(parseIssueKey, 'an issue key');

/** One version of a proposal's delivery link, as stored. */
export const recordedProposalDeliverySchema: z.ZodType<RecordedProposalDelivery> = z.object({
  version: z.int().min(1),
  proposalKey: issueKey,
  target: z
    .discriminatedUnion('kind', [
      z.object({ kind: z.literal('project'), projectKey }),
      z.object({ kind: z.literal('epic'), projectKey, issueKey, summary: z.string() }),
    ])
    .nullable(),
  linkedAt: brandedStringSchema(parseInstant, 'an instant'),
  linkedBy: brandedStringSchema(parseAccountId, 'an account id'),
  linkedByName: z.string().nullable(),
});
