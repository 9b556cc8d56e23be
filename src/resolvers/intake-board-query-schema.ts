import { z } from 'zod';
import type { IntakeBoardQuery } from '../contract/intake-board-query';
import { intakeStages } from '../domain/intake/intake-stage';

/** A board query as the board sends it: filters written as it offers them, a page of at most 500 proposals (100 when no limit is named). */
export const intakeBoardQuerySchema: z.ZodType<IntakeBoardQuery> = z.strictObject({
  program: z.string().trim().min(1).max(255).nullable().exactOptional(),
  theme: z.string().trim().min(1).max(255).nullable().exactOptional(),
  stage: z.enum([...intakeStages, 'open']).exactOptional(),
  offset: z.int().min(0).max(1_000_000).exactOptional(),
  limit: z.int().min(1).max(500).default(100),
});
