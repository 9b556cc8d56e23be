import { assertNever } from '../assert-never';
import { riskSeverities, type RiskSeverity } from '../raid/risk-severity';
import type { RagDecision } from './rag-decision';
import type { RagInputs } from './rag-inputs';
import type { RagPolicy } from './rag-policy';
import type { RiskRagThreshold } from './risk-rag-threshold';

function severityWords(severity: RiskSeverity): string {
  switch (severity) {
    case 'critical':
      return 'critical';
    case 'high':
      return 'high or critical';
    case 'medium':
      return 'medium or worse';
    case 'low':
      return 'scored';
    default:
      return assertNever(severity);
  }
}

function openAtOrAbove(counts: RagInputs['risk']['openRisksBySeverity'], severity: RiskSeverity): number {
  return riskSeverities.slice(riskSeverities.indexOf(severity)).reduce((sum, each) => sum + counts[each], 0);
}

function openRisks(count: number, threshold: RiskRagThreshold): string {
  return `${count === 1 ? '1 open risk is' : `${count} open risks are`} ${severityWords(threshold.severityAtLeast)}`;
}

/**
 * Rates risk on the open risks of a severity or worse: with the default policy any open critical risk is red and any
 * open high risk amber. Grey when the project logs no risks at all, which says nothing about its risk.
 *
 * @example
 * decideRiskRag({ risksLogged: 4, openRisksBySeverity: { low: 1, medium: 1, high: 1, critical: 0 } }, defaultRagPolicy);
 * // { rag: 'amber', reason: '1 open risk is high or critical (amber at 1 or more)', ... }
 */
export function decideRiskRag(inputs: RagInputs['risk'], policy: RagPolicy): RagDecision {
  const { amber, red } = policy.risk;
  const counts = inputs.openRisksBySeverity;
  const threshold =
    `amber at ${amber.openRisksAtLeast}+ open ${severityWords(amber.severityAtLeast)} risks; ` +
    `red at ${red.openRisksAtLeast}+ open ${severityWords(red.severityAtLeast)} risks`;
  const recorded = {
    risksLogged: inputs.risksLogged,
    openLow: counts.low,
    openMedium: counts.medium,
    openHigh: counts.high,
    openCritical: counts.critical,
  };
  if (inputs.risksLogged === 0) {
    return { rag: 'grey', reason: 'No risks are logged for this project', inputs: recorded, threshold };
  }
  const redCount = openAtOrAbove(counts, red.severityAtLeast);
  const amberCount = openAtOrAbove(counts, amber.severityAtLeast);
  const decided =
    redCount >= red.openRisksAtLeast
      ? { rag: 'red' as const, reason: `${openRisks(redCount, red)} (red at ${red.openRisksAtLeast} or more)` }
      : amberCount >= amber.openRisksAtLeast
        ? { rag: 'amber' as const, reason: `${openRisks(amberCount, amber)} (amber at ${amber.openRisksAtLeast} or more)` }
        : {
            rag: 'green' as const,
            reason:
              amberCount === 0
                ? `No open risk is ${severityWords(amber.severityAtLeast)}`
                : `${openRisks(amberCount, amber)}, below the amber threshold of ${amber.openRisksAtLeast}`,
          };
  return { ...decided, inputs: recorded, threshold };
}
