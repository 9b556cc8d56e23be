// zod/mini keeps the browser bundle small: it tree-shakes, where the classic API carries every locale along.
import * as z from 'zod/mini';
import { describeHours } from '../../../../src/domain/points';
import { formatCount } from '../points/format-count';
import { formatUtcMinute } from '../points/format-utc-minute';

/** What the portfolio says about reading Jira: one sentence or two, and the issues read of all when a first read is under way. */
export interface FirstReadNotice {
  readonly text: string;
  readonly progress: { readonly read: number; readonly total: number } | null;
}

// Checked before use: an app older than the page answers a refresh status without these fields, and then the page
// says nothing about reading rather than breaking.
const readingStatusSchema = z.object({
  reading: z.nullable(z.object({ issuesRead: z.number(), issuesTotal: z.number(), hoursLeft: z.nullable(z.number()) })),
  throttle: z.nullable(z.object({ resumesAt: z.string(), reason: z.enum(['budget', 'jira-quota']) })),
  backgroundPointsPerHour: z.number(),
});

/**
 * The first read's progress at the site's budget, and a pause for points that has not ended by `nowMs`, from the
 * portfolio's refresh status; null when there is neither.
 *
 * @example
 * describeFirstRead({ ...status, reading: { issuesRead: 38000, issuesTotal: 100000, projectsLeft: 5, pointsLeft: 13000, hoursLeft: 2 }, backgroundPointsPerHour: 6500 }, now)?.text;
 * // => "Reading Jira for the first time: 38,000 of 100,000 issues; about 2 h left at this site's budget (6,500 points an hour)."
 */
export function describeFirstRead(refresh: unknown, nowMs: number): FirstReadNotice | null {
  const parsed = readingStatusSchema.safeParse(refresh);
  if (!parsed.success) return null;
  const { reading, throttle, backgroundPointsPerHour } = parsed.data;
  const sentences: string[] = [];
  if (reading !== null) {
    const read = `Reading Jira for the first time: ${formatCount(reading.issuesRead)} of ${formatCount(reading.issuesTotal)} ${reading.issuesTotal === 1 ? 'issue' : 'issues'}`;
    sentences.push(
      reading.hoursLeft === null
        ? `${read}; it cannot go on at this site's budget (${formatCount(backgroundPointsPerHour)} points an hour) until a Jira administrator raises it.`
        : `${read}; ${describeHours(reading.hoursLeft)} left at this site's budget (${formatCount(backgroundPointsPerHour)} points an hour).`,
    );
  }
  const resumesMs = throttle === null ? Number.NaN : Date.parse(throttle.resumesAt);
  if (throttle !== null && resumesMs > nowMs) {
    const when = formatUtcMinute(throttle.resumesAt, nowMs);
    sentences.push(
      throttle.reason === 'budget'
        ? `Paused for the points budget; resumes at ${when}.`
        : `Paused because Jira said the app's quota is spent; resumes at ${when}.`,
    );
  }
  if (sentences.length === 0) return null;
  return {
    text: sentences.join(' '),
    progress: reading === null ? null : { read: Math.min(reading.issuesRead, reading.issuesTotal), total: reading.issuesTotal },
  };
}
