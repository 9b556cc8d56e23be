import type { RagOverridesDto } from '../../../../../src/contract/rag-override-dto';
import type { RagOverride } from '../../../../../src/domain/rag-override/rag-override';

/** An override on CORE's cost by the demo's PMO administrator, with any field changed. */
export function anOverride(changes: Partial<RagOverride> = {}): RagOverride {
  return {
    projectKey: 'CORE',
    target: 'cost',
    rag: 'amber',
    reason: 'Vendor credit agreed at the steering committee',
    expiresOn: '2026-12-15',
    setBy: { accountId: '712020:admin', displayName: 'Morgan Ellis' },
    setAt: '2026-11-21T10:00:00.000Z',
    ...changes,
  };
}

/** CORE's colours with no override, every target with its own reason, with any field changed. */
export function aRagOverrides(changes: Partial<RagOverridesDto> = {}): RagOverridesDto {
  return {
    projectKey: 'CORE',
    computed: {
      overall: { rag: 'red', reason: 'The worst of the dimensions' },
      schedule: { rag: 'green', reason: 'SPI 1.02' },
      scope: { rag: 'amber', reason: 'Scope grew 12%' },
      cost: { rag: 'red', reason: 'CPI 0.82 is below 0.9' },
      risk: { rag: 'grey', reason: 'No risks to judge by' },
      compliance: { rag: 'green', reason: 'No violations' },
    },
    overrides: [],
    canEdit: true,
    asOf: '2026-11-21T06:00:00.000Z',
    ...changes,
  };
}
