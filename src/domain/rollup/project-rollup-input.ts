import type { ChangeControlInputs } from '../change-control/change-control-inputs';
import type { RaidMapping } from '../raid/raid-mapping';
import type { RiskBands } from '../raid/risk-bands';
import type { RagPolicy } from '../rag/rag-policy';
import type { WorkItem } from '../work-item/work-item';
import type { ComplianceInput } from './compliance-input';
import type { ProjectRef } from './project-ref';

/** Everything a project roll-up is computed from, besides the time it is computed at. */
export interface ProjectRollupInput {
  readonly project: ProjectRef;
  readonly items: readonly WorkItem[];
  /** The template evaluation's result; absent or null until a template has been evaluated. */
  readonly compliance?: ComplianceInput | null;
  /** RAG thresholds; `defaultRagPolicy` when absent. */
  readonly policy?: RagPolicy;
  /** How RAID items are recognised; `defaultRaidMapping` when absent. */
  readonly raidMapping?: RaidMapping;
  /** Risk severity bands; `defaultRiskBands` when absent. */
  readonly riskBands?: RiskBands;
  /**
   * The project's approved baseline, recorded decisions and the template's change policy; absent, the roll-up has no
   * change control section and the schedule is not rated on uncontrolled slips.
   */
  readonly changeControl?: ChangeControlInputs;
}
