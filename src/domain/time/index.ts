/** Public entry point of the domain's time feature. Calendar days and today. */
export { calendarDayOf } from './calendar-day-of';
export { todayOf } from './today-of';
