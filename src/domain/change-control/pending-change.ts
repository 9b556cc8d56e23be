import type { CalendarDay } from '../time/calendar-day';
import type { ChangeRequest } from './change-request';

/** A change request still waiting for a decision, and how long it has waited. */
export interface PendingChange {
  readonly change: ChangeRequest;
  /** The day it was raised (UTC). */
  readonly since: CalendarDay;
  /** Calendar days from `since` to today, never below zero. */
  readonly ageDays: number;
}
