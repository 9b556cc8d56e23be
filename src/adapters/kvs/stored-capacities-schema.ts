import { z } from 'zod';
import { capacityBandsSchema } from '../../domain/capacity/capacity-bands-schema';
import { programCapacitiesSchema } from '../../domain/capacity/program-capacities-schema';
import type { StoredCapacities } from '../../ports/stored-capacities';

/**
 * A saved version of the capacities as stored, checked by the domain's own schemas on write and on read, so a value
 * the heat map would refuse never reaches it from storage.
 */
export const storedCapacitiesSchema: z.ZodType<StoredCapacities> = z.object({
  version: z.int().min(1),
  capacities: programCapacitiesSchema,
  bands: capacityBandsSchema,
  savedAt: z.string(),
  savedBy: z.string(),
});
