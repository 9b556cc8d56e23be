import { z } from 'zod';
import { pointsBudgetSettingSchema } from '../adapters/kvs/create-points-ledger';
import { estimateFullRereadUseCase, requestFullRereadUseCase } from '../app/points/full-reread-use-cases';
import { getPointsBudgetUseCase } from '../app/points/get-points-budget-use-case';
import { setPointsBudgetUseCase } from '../app/points/set-points-budget-use-case';
import { pointsResolver } from './points-resolver';

const noPayload = z.object({}).strict();

/** getPointsBudget: the tier, the quota, what refresh and pages spent (anyone may read it). */
export const getPointsBudgetResolver = pointsResolver(noPayload, (deps) => getPointsBudgetUseCase(deps));
/** setPointsBudget: Jira administrators set the tier their installation has. */
export const setPointsBudgetResolver = pointsResolver(z.object({ setting: pointsBudgetSettingSchema }), (deps, payload) =>
  setPointsBudgetUseCase(deps, payload.setting),
);
/** estimateFullReread: what reading every issue again would cost (Jira administrators). */
export const estimateFullRereadResolver = pointsResolver(noPayload, (deps) => estimateFullRereadUseCase(deps));
/** requestFullReread: starts that reread (Jira administrators), paced by the budget. */
export const requestFullRereadResolver = pointsResolver(noPayload, (deps) => requestFullRereadUseCase(deps));
