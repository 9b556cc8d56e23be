import type { RaidMapping } from '../raid/raid-mapping';
import type { RiskBands } from '../raid/risk-bands';

/** How a template recognises RAID items and bands risk scores (probability x impact, each 1..5). */
export interface RaidPolicy {
  readonly mapping: RaidMapping;
  readonly riskBands: RiskBands;
}
