import { demoUsers } from '../../local/demo/demo-users';
import type { LocalApp } from '../../local/forge-runtime/create-local-app';
import type { PointsBudgetSetting } from '../../src/domain/points/points-budget-setting';

/**
 * A budget no benchmark site reaches (the most an admin may state; refresh jobs get 70 % of it): for the phases that
 * measure CPU, memory and requests rather than pacing, so that no job waits for points.
 */
export const UNPACED_SETTING: PointsBudgetSetting = { tier: 'custom', pointsPerHour: 10_000_000 };

/**
 * Sets the app's points budget as the demo administrator does on the admin page (the setPointsBudget resolver), and
 * throws when the resolver refuses it.
 */
export async function setBenchPointsBudget(app: LocalApp, setting: PointsBudgetSetting): Promise<void> {
  const answer = await app.invokeResolver({
    functionKey: 'setPointsBudget',
    payload: { setting },
    accountId: demoUsers.admin.accountId,
    moduleKey: 'governance-admin',
    extension: { type: 'jira:adminPage' },
  });
  if (typeof answer !== 'object' || answer === null || !('ok' in answer) || answer.ok !== true) {
    throw new Error(`setPointsBudget refused ${JSON.stringify(setting)}: ${JSON.stringify(answer)}`);
  }
}
