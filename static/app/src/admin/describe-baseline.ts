import type { BaselineDto } from '../../../../src/contract/baseline-dto';

/** One baseline as a row of the admin page's table, in words. */
export interface BaselineRowWords {
  readonly name: string;
  /** The moment it stands for: when it was taken, or the end of the earlier day it copies. */
  readonly standsFor: string;
  readonly takenBy: string;
  readonly takenAt: string;
  readonly projects: string;
}

const minute = (iso: string): string => `${iso.replace('T', ' ').slice(0, 16)} UTC`;

/**
 * A baseline's row in the Baselines table.
 *
 * @example
 * describeBaseline({ id: 'b', name: 'Gate 2', takenAt: '2026-11-20T12:00:00.000Z', takenBy: { accountId: 'a', displayName: 'Ada' },
 *   fromDay: '2026-10-01', startsAt: '2026-10-01T23:59:59.999Z', visibleProjectCount: 3 });
 * // => { name: 'Gate 2', standsFor: 'End of 2026-10-01', takenBy: 'Ada', takenAt: '2026-11-20 12:00 UTC', projects: '3 projects' }
 */
export function describeBaseline(baseline: BaselineDto): BaselineRowWords {
  return {
    name: baseline.name,
    standsFor: baseline.fromDay === null ? minute(baseline.startsAt) : `End of ${baseline.fromDay}`,
    takenBy: baseline.takenBy.displayName,
    takenAt: minute(baseline.takenAt),
    projects: baseline.visibleProjectCount === 1 ? '1 project' : `${String(baseline.visibleProjectCount)} projects`,
  };
}
