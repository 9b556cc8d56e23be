import type { RaidKind } from '../../../../src/domain/raid';
import type { RiskSeverity } from '../../../../src/domain/raid';

/** Each RAID kind as the page names it. */
export const raidKindLabels: Readonly<Record<RaidKind, string>> = {
  risk: 'Risk',
  assumption: 'Assumption',
  issue: 'Issue',
  dependency: 'Dependency',
  decision: 'Decision',
};

/** Each risk severity as the page names it. */
export const severityLabels: Readonly<Record<RiskSeverity, string>> = { low: 'Low', medium: 'Medium', high: 'High', critical: 'Critical' };
