import type { PointsBudgetDto } from '../../contract/points-budget-dto';
import type { PointsBudgetSetting } from '../../domain/points/points-budget-setting';
import { recordAudit } from '../templates/record-audit';
import { requireAdmin } from '../templates/require-admin';
import { describePointsBudget } from './describe-points-budget';
import { getPointsBudgetUseCase } from './get-points-budget-use-case';
import type { PointsAdminDeps } from './points-admin-deps';

/** Sets the installation's points tier (Jira administrators only); audited with the setting before and after. */
export async function setPointsBudgetUseCase(deps: PointsAdminDeps, setting: PointsBudgetSetting): Promise<PointsBudgetDto> {
  await requireAdmin(deps);
  const before = await deps.points.loadSetting();
  await deps.points.saveSetting(setting);
  await recordAudit(deps, 'points-budget.update', 'points-budget', `Set the Jira points budget to ${describePointsBudget(setting)}`, before, setting);
  return getPointsBudgetUseCase(deps);
}
