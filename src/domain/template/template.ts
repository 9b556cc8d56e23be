import type { ChangePolicy } from '../change-control/change-policy';
import type { ComplianceRule } from '../compliance/compliance-rule';
import type { RagPolicy } from '../rag/rag-policy';
import type { FieldOverrides } from './field-overrides';
import type { Methodology } from './methodology';
import type { RaidPolicy } from './raid-policy';
import type { TemplatePhase } from './template-phase';

/**
 * A governance template: what a project following it is measured against. `version` rises by one with every saved
 * change, so a save can say which version it edited and a stale one is refused.
 */
export interface Template {
  readonly id: string;
  readonly name: string;
  readonly description: string;
  readonly version: number;
  readonly methodology: Methodology;
  readonly phases: readonly TemplatePhase[];
  readonly rules: readonly ComplianceRule[];
  readonly ragPolicy: RagPolicy;
  readonly raidPolicy: RaidPolicy;
  /** Which issues are change requests and which workflow statuses decide them. */
  readonly changePolicy: ChangePolicy;
  /** Custom field ids by role that override the ones found by name on the site. */
  readonly fieldMapping: FieldOverrides;
}
