import type { Random } from './create-random';
import type { DemoStatusName } from './demo-statuses';

// Chances of [Done, In Progress, In Review] (the rest To Do) by how far the item's date lies from today.
const bands: readonly (readonly [number, readonly [number, number, number]])[] = [
  [-14, [0.88, 0.07, 0.02]],
  [0, [0.6, 0.2, 0.1]],
  [21, [0.25, 0.35, 0.15]],
  [Infinity, [0.05, 0.2, 0.05]],
];

/**
 * A plausible status for delivery work whose due date (or expected finish) is `refDay`: work due long ago is mostly
 * done, work due far ahead mostly not started.
 * @example
 * pickDeliveryStatus(today - 60, today, rand); // usually 'Done'
 */
export function pickDeliveryStatus(refDay: number, today: number, rand: Random): DemoStatusName {
  const offset = refDay - today;
  const band = bands.find(([upTo]) => offset < upTo) ?? bands[bands.length - 1];
  const [done, inProgress, inReview] = band ? band[1] : [0, 0, 0];
  const roll = rand.next();
  if (roll < done) return 'Done';
  if (roll < done + inProgress) return 'In Progress';
  if (roll < done + inProgress + inReview) return 'In Review';
  return 'To Do';
}
