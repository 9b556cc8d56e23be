import { backgroundPointsPerHour } from '../../domain/points/background-points-per-hour';
import type { ReadingStatus } from '../../ports/reading-status';
import { createPointsLedger } from './create-points-ledger';
import { firstReadPlanStore } from './first-read-plan-store';
import { refreshThrottleStore } from './refresh-throttle-store';

/** Reads the first-read plan, the last throttle and the installation's background budget from storage. */
export async function loadReadingStatus(): Promise<ReadingStatus> {
  const [plan, throttle, setting] = await Promise.all([firstReadPlanStore.load(), refreshThrottleStore.load(), createPointsLedger().loadSetting()]);
  return { plan, throttle, backgroundPointsPerHour: backgroundPointsPerHour(setting) };
}
