import type { ProjectRollup } from '../rollup/project-rollup';
import type { ComplianceException } from './status-report';

/**
 * Projects whose compliance with their governance template is red or amber, worst score first, from the stored
 * roll-ups' compliance summaries (projects never evaluated are not exceptions).
 *
 * @example
 * listComplianceExceptions([alphaAt70Percent]); // [{ projectKey: 'ALPHA', rag: 'red', score: 0.7, ... }]
 */
export function listComplianceExceptions(rollups: readonly ProjectRollup[]): ComplianceException[] {
  return rollups
    .filter((rollup) => rollup.rag.compliance.rag === 'red' || rollup.rag.compliance.rag === 'amber')
    .map((rollup) => ({
      projectKey: rollup.project.key,
      name: rollup.project.name,
      rag: rollup.rag.compliance.rag,
      score: rollup.compliance.score,
      passed: rollup.compliance.passed,
      checked: rollup.compliance.checked,
      reason: rollup.rag.compliance.reason,
    }))
    .sort((a, b) => (a.score ?? 1) - (b.score ?? 1) || a.projectKey.localeCompare(b.projectKey));
}
