import { JqlError } from './jql-error';

type Unit = 'y' | 'M' | 'w' | 'd' | 'h' | 'm';

const UNITS: readonly Unit[] = ['y', 'M', 'w', 'd', 'h', 'm'];

const DAY_MS = 86_400_000;
const FUNCTIONS: Readonly<Record<string, { unit: Unit | null; edge: 'start' | 'end' | 'now' }>> = {
  now: { unit: null, edge: 'now' },
  startofday: { unit: 'd', edge: 'start' },
  endofday: { unit: 'd', edge: 'end' },
  startofweek: { unit: 'w', edge: 'start' },
  endofweek: { unit: 'w', edge: 'end' },
  startofmonth: { unit: 'M', edge: 'start' },
  endofmonth: { unit: 'M', edge: 'end' },
  startofyear: { unit: 'y', edge: 'start' },
  endofyear: { unit: 'y', edge: 'end' },
};

function shift(ms: number, amount: number, unit: Unit): number {
  const at = new Date(ms);
  switch (unit) {
    case 'y':
      at.setUTCFullYear(at.getUTCFullYear() + amount);
      return at.getTime();
    case 'M':
      at.setUTCMonth(at.getUTCMonth() + amount);
      return at.getTime();
    case 'w':
      return ms + amount * 7 * DAY_MS;
    case 'd':
      return ms + amount * DAY_MS;
    case 'h':
      return ms + amount * 3_600_000;
    case 'm':
      return ms + amount * 60_000;
  }
}

/** Start of the period containing `ms`, in UTC; weeks start on Sunday, as in Jira's default (en_US) locale. */
function startOf(ms: number, unit: Unit): number {
  const at = new Date(ms);
  const day = Date.UTC(at.getUTCFullYear(), at.getUTCMonth(), at.getUTCDate());
  switch (unit) {
    case 'y':
      return Date.UTC(at.getUTCFullYear(), 0, 1);
    case 'M':
      return Date.UTC(at.getUTCFullYear(), at.getUTCMonth(), 1);
    case 'w':
      return day - at.getUTCDay() * DAY_MS;
    default:
      return day;
  }
}

/** Whether `name` is one of the date functions the fake evaluates (now, startOfDay ... endOfYear). */
export function isDateFunction(name: string): boolean {
  return name.toLowerCase() in FUNCTIONS;
}

/**
 * Evaluates now(), startOfDay(), endOfDay(), startOfWeek() ... endOfYear() with an optional increment such as "-1",
 * "+2w" or "-1M" (the unit defaults to the function's own), in UTC.
 *
 * @example
 * evaluateDateFunction('startOfDay', ['-1'], new Date('2026-11-08T15:00:00Z')); // Date.UTC(2026, 10, 7)
 */
export function evaluateDateFunction(name: string, args: readonly string[], now: Date): number {
  const spec = FUNCTIONS[name.toLowerCase()];
  if (spec === undefined) throw new JqlError([`Error in the JQL Query: '${name}' is not a date function.`]);
  if (spec.edge === 'now' || spec.unit === null) {
    if (args.length > 0) throw new JqlError([`Error in the JQL Query: Function '${name}' expects no arguments.`]);
    return now.getTime();
  }
  let at = now.getTime();
  const [increment, ...rest] = args;
  if (rest.length > 0) throw new JqlError([`Error in the JQL Query: Function '${name}' expects at most one argument.`]);
  if (increment !== undefined) {
    const match = /^([+-]?\d+)([yMwdhm])?$/.exec(increment.trim());
    if (!match) throw new JqlError([`Error in the JQL Query: '${increment}' is not a valid increment for function '${name}'.`]);
    const unit = UNITS.find((u) => u === match[2]) ?? spec.unit;
    at = shift(at, Number(match[1]), unit);
  }
  const start = startOf(at, spec.unit);
  return spec.edge === 'start' ? start : shift(start, 1, spec.unit) - 1;
}
