import { calendarDayOf } from '../time/calendar-day-of';
import type { WorkItem } from '../work-item/work-item';
import type { TemplatePhase } from './template-phase';

/**
 * The phases (lower-cased names) that have started by `today`: their start date has come, or an item with the phase's
 * label is in progress or done.
 *
 * @example
 * startedPhases([{ name: 'Build', label: 'build', start: null, gate: '' }], [buildItemInProgress], today); // Set { 'build' }
 */
export function startedPhases(phases: readonly TemplatePhase[], items: readonly WorkItem[], today: number): ReadonlySet<string> {
  const started = new Set<string>();
  for (const phase of phases) {
    const start = calendarDayOf(phase.start);
    const label = phase.label.toLowerCase();
    const byDate = start !== null && start <= today;
    const byWork = label !== '' && items.some((item) => item.statusCategory !== 'new' && item.labels.some((l) => l.toLowerCase() === label));
    if (byDate || byWork) started.add(phase.name.toLowerCase());
  }
  return started;
}
