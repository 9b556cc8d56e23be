const ABSOLUTE = /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})(?:\s+(\d{1,2}):(\d{2}))?$/;
const PERIOD = /^([+-])?((?:\s*\d+\s*[wdhm])+)\s*$/;
const PERIOD_PART = /(\d+)\s*([wdhm])/g;
const UNIT_MS: Readonly<Record<string, number>> = { w: 604_800_000, d: 86_400_000, h: 3_600_000, m: 60_000 };

/** Jira's message for a date value it cannot read. */
export function invalidDateMessage(value: string, fieldName: string): string {
  return `Date value '${value}' for field '${fieldName}' is invalid. Valid formats include: 'yyyy/MM/dd HH:mm', 'yyyy-MM-dd HH:mm', 'yyyy/MM/dd', 'yyyy-MM-dd', or a period format e.g. '-5d', '4w 2d'.`;
}

/**
 * Reads a JQL date value into epoch milliseconds: an absolute date ('2026-11-01', '2026/11/01 10:00', taken in UTC,
 * the fake's only time zone) or a period relative to now ('-7d', '-2w', '1d', '4w 2d', '-3h', '30m'). Null when the
 * text is neither.
 *
 * @example
 * parseJqlDate('-7d', new Date('2026-11-08T00:00:00Z')); // Date.UTC(2026, 10, 1)
 * parseJqlDate('2026-11-01 10:00', new Date()); // Date.UTC(2026, 10, 1, 10)
 */
export function parseJqlDate(text: string, now: Date): number | null {
  const trimmed = text.trim();
  const absolute = ABSOLUTE.exec(trimmed);
  if (absolute) {
    const [, yearText, monthText, dayText, hourText, minuteText] = absolute;
    const [year, month, day] = [yearText, monthText, dayText].map(Number);
    if (year === undefined || month === undefined || day === undefined) return null;
    const ms = Date.UTC(year, month - 1, day, Number(hourText ?? 0), Number(minuteText ?? 0));
    const check = new Date(ms);
    return check.getUTCMonth() === month - 1 && check.getUTCDate() === day ? ms : null;
  }
  const period = PERIOD.exec(trimmed);
  if (!period) return null;
  const sign = period[1] === '-' ? -1 : 1;
  let offset = 0;
  for (const [, amount, unit] of (period[2] ?? '').matchAll(PERIOD_PART)) {
    offset += Number(amount) * (UNIT_MS[unit ?? ''] ?? 0);
  }
  return now.getTime() + sign * offset;
}
