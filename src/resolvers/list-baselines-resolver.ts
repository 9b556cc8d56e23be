import { z } from 'zod';
import { listBaselinesUseCase } from '../app/baseline/list-baselines-use-case';
import { governanceResolver } from './governance-resolver';

/** listBaselines: every baseline, newest first, for any signed-in user. */
export const listBaselinesResolver = governanceResolver(z.object({}), (deps) => listBaselinesUseCase(deps));
