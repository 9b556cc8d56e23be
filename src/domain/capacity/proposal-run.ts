import type { CalendarDay } from '../time/calendar-day';
import type { Quarter } from './quarter';

/**
 * When a proposal would run: the quarters it is planned in (its estimate split equally between them), or the days
 * from `start` to `end`, both included (its estimate spread by calendar days, as work items' are).
 */
export type ProposalRun =
  { readonly kind: 'quarters'; readonly quarters: readonly Quarter[] } | { readonly kind: 'dates'; readonly start: CalendarDay; readonly end: CalendarDay };
