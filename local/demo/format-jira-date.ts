import { instantOf, utcDayOf } from '../../src/domain/time';

/** Milliseconds in a day: the demo counts calendar days in UTC. */
export const dayMs = 86_400_000;

// A large site formats the same few hundred days hundreds of thousands of times.
const cache = new Map<number, string>();

/**
 * Formats a day number (days since 1970-01-01, UTC) as a Jira date field value such as duedate.
 * @example
 * formatJiraDate(20759); // '2026-11-02'
 */
export function formatJiraDate(day: number): string {
  let text = cache.get(day);
  if (text === undefined) {
    text = utcDayOf(instantOf(new Date(day * dayMs)));
    cache.set(day, text);
  }
  return text;
}
