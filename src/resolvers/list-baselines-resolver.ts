import { z } from 'zod';
import { listBaselinesUseCase } from '../app/baseline/list-baselines-use-case';
import { templateAdminResolver } from './template-admin-resolver';

/** listBaselines: every baseline, newest first, for any signed-in user. */
export const listBaselinesResolver = templateAdminResolver(z.object({}), (deps) => listBaselinesUseCase(deps));
