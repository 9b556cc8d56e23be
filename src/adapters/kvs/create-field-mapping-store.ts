import { kvs } from '@forge/kvs';
import { z } from 'zod';
import type { FieldMapping } from '../../ports/field-mapping';
import type { FieldMappingStore } from '../../ports/field-mapping-store';
import { kvsKeys } from './kvs-keys';

const fieldId = z.string().nullable();
const fieldMappingSchema = z.object({
  storyPoints: fieldId,
  storyPointEstimate: fieldId,
  startDate: fieldId,
  budget: fieldId,
  actualCost: fieldId,
  probability: fieldId,
  impact: fieldId,
  mitigation: fieldId,
  program: fieldId,
  // Required: a mapping stored before the role existed fails to read and is discovered again, flag field included.
  flagged: fieldId,
  // Required too: a mapping from before intake is discovered again, so the criteria fields are found on the next read.
  businessValue: fieldId,
  timeCriticality: fieldId,
  riskReduction: fieldId,
  jobSize: fieldId,
  estimatedCost: fieldId,
  expectedBenefit: fieldId,
  strategicTheme: fieldId,
}) satisfies z.ZodType<FieldMapping>;

/** The discovered field mapping over Forge's key-value store (@forge/kvs), one value for the site. */
export function createFieldMappingStore(): FieldMappingStore {
  return {
    async loadFieldMapping() {
      const parsed = fieldMappingSchema.safeParse(await kvs.get(kvsKeys.discoveredFieldMapping));
      return parsed.success ? parsed.data : null;
    },
    async saveFieldMapping(mapping) {
      await kvs.set(kvsKeys.discoveredFieldMapping, mapping);
    },
  };
}
