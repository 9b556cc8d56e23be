import { dayMs, formatJiraDate } from './format-jira-date';

const two = Array.from({ length: 60 }, (_, n) => String(n).padStart(2, '0'));
const three = Array.from({ length: 1000 }, (_, n) => String(n).padStart(3, '0'));

/**
 * Formats an instant the way Jira's REST API writes created, updated and resolutiondate: milliseconds and a
 * numeric UTC offset without a colon.
 * @example
 * formatJiraDateTime(Date.UTC(2026, 10, 2, 9, 15)); // '2026-11-02T09:15:00.000+0000'
 */
export function formatJiraDateTime(epochMs: number): string {
  const day = Math.floor(epochMs / dayMs);
  let rest = epochMs - day * dayMs;
  const hours = Math.floor(rest / 3_600_000);
  rest -= hours * 3_600_000;
  const minutes = Math.floor(rest / 60_000);
  rest -= minutes * 60_000;
  const seconds = Math.floor(rest / 1000);
  const millis = Math.floor(rest - seconds * 1000);
  return `${formatJiraDate(day)}T${two[hours] ?? '00'}:${two[minutes] ?? '00'}:${two[seconds] ?? '00'}.${three[millis] ?? '000'}+0000`;
}
