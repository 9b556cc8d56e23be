import { z } from 'zod';
import { parseQuarter, type CapacityProposal, type Quarter } from '../domain/capacity';
import { parseCalendarDay, type CalendarDay } from '../domain/time';

const quarter: z.ZodType<Quarter> = z.string().transform((raw, ctx): Quarter => {
  const parsed = parseQuarter(raw);
  if (parsed === null) {
    ctx.issues.push({ code: 'custom', message: 'must be a quarter written yyyy-Qn, e.g. 2027-Q1', input: raw });
    return z.NEVER;
  }
  return parsed;
});

const day: z.ZodType<CalendarDay> = z.string().transform((raw, ctx): CalendarDay => {
  const parsed = parseCalendarDay(raw);
  if (parsed === null) {
    ctx.issues.push({ code: 'custom', message: 'must be a day written yyyy-mm-dd', input: raw });
    return z.NEVER;
  }
  return parsed;
});

const proposal: z.ZodType<CapacityProposal> = z.object({
  id: z.string().min(1).max(255),
  program: z.string().trim().min(1).max(255),
  estimate: z.number().min(0).max(1e12),
  runs: z.discriminatedUnion('kind', [
    z.object({ kind: z.literal('quarters'), quarters: z.array(quarter).min(1).max(40) }),
    z.object({ kind: z.literal('dates'), start: day, end: day }),
  ]),
});

/** The proposals of a what-if as the intake board sends them, at most 5,000, quarters and days read into their types. */
export const capacityProposalsSchema: z.ZodType<readonly CapacityProposal[]> = z.array(proposal).max(5000);
