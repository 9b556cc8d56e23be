import type { PointsBudgetSetting } from '../domain/points/points-budget-setting';
import type { PointsSpend } from '../domain/points/points-spend';

/** Where the installation keeps what it spent of Jira's points budget, and the budget an admin set. */
export interface PointsLedger {
  /** Adds one invocation's spending; `invocationId` keeps simultaneous invocations apart. */
  record(spend: PointsSpend, invocationId: string): Promise<void>;
  /** Every spending from `fromMs` to `toMs` (both included). */
  spendsBetween(fromMs: number, toMs: number): Promise<readonly PointsSpend[]>;
  loadSetting(): Promise<PointsBudgetSetting>;
  saveSetting(setting: PointsBudgetSetting): Promise<void>;
}
