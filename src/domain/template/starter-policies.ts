import { defaultChangePolicy } from '../change-control/default-change-policy';
import { defaultRaidMapping } from '../raid/default-raid-mapping';
import { defaultRiskBands } from '../raid/default-risk-bands';
import { defaultRagPolicy } from '../rag/default-rag-policy';
import type { Template } from './template';

/** The RAG, RAID, change and field settings the built-in templates start from: the app's defaults (design section 5). */
export const starterPolicies: Pick<Template, 'ragPolicy' | 'raidPolicy' | 'changePolicy' | 'fieldMapping'> = {
  ragPolicy: defaultRagPolicy,
  raidPolicy: { mapping: defaultRaidMapping, riskBands: defaultRiskBands },
  changePolicy: defaultChangePolicy,
  fieldMapping: {},
};
