import { z } from 'zod';
import { baselineItemKinds } from '../../domain/change-control/baseline-item-kind';
import type { ApprovedBaseline } from '../../domain/change-control/approved-baseline';
import { parseAccountId } from '../../domain/ids/parse-account-id';
import { parseIssueKey } from '../../domain/ids/parse-issue-key';
import { parseProjectKey } from '../../domain/ids/parse-project-key';
import { parseCalendarDay } from '../../domain/time/parse-calendar-day';
import { parseInstant } from '../../domain/time/parse-instant';
import { brandedStringSchema } from './branded-string-schema';

const issueKey = brandedStringSchema(parseIssueKey, 'an issue key');
const amount = z.number().nonnegative().nullable();

/** One approved baseline version as stored (and as written: the domain's object is stored as it is). */
export const approvedBaselineSchema: z.ZodType<ApprovedBaseline> = z.object({
  projectKey: brandedStringSchema(parseProjectKey, 'a project key'),
  version: z.int().min(1),
  approvedAt: brandedStringSchema(parseInstant, 'an instant'),
  approvedBy: brandedStringSchema(parseAccountId, 'an account id'),
  changeKey: issueKey.nullable(),
  items: z.array(z.object({ key: issueKey, kind: z.enum(baselineItemKinds), due: brandedStringSchema(parseCalendarDay, 'a calendar day') })),
  budgetAtCompletion: amount,
  scope: amount,
});
