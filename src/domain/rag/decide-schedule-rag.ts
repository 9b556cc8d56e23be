import { formatFigure } from './format-figure';
import type { Rag } from './rag';
import type { RagDecision } from './rag-decision';
import type { RagInputs } from './rag-inputs';
import type { RagPolicy } from './rag-policy';
import { worstRag } from './worst-rag';

function milestones(count: number): string {
  return count === 1 ? '1 milestone is' : `${count} milestones are`;
}

/**
 * Rates the schedule on SPI and on overdue milestones; the worse of the two decides and both are named when they
 * agree. Grey when there is no planned value yet (SPI null) and no milestone has a due date.
 *
 * @example
 * decideScheduleRag({ spi: 0.85, overdueMilestones: 0, datedMilestones: 3 }, defaultRagPolicy);
 * // { rag: 'amber', reason: 'SPI 0.85 is below the amber threshold 0.9', ... }
 */
export function decideScheduleRag(inputs: RagInputs['schedule'], policy: RagPolicy): RagDecision {
  const { spi: spiThresholds, overdueMilestones: overdueThresholds } = policy.schedule;
  const findings: { readonly rag: Rag; readonly text: string }[] = [];

  if (inputs.spi !== null) {
    const spi = formatFigure(inputs.spi);
    if (inputs.spi < spiThresholds.redBelow) {
      findings.push({ rag: 'red', text: `SPI ${spi} is below the red threshold ${formatFigure(spiThresholds.redBelow)}` });
    } else if (inputs.spi < spiThresholds.amberBelow) {
      findings.push({ rag: 'amber', text: `SPI ${spi} is below the amber threshold ${formatFigure(spiThresholds.amberBelow)}` });
    } else {
      findings.push({ rag: 'green', text: `SPI ${spi} is at or above ${formatFigure(spiThresholds.amberBelow)}` });
    }
  }
  if (inputs.datedMilestones > 0 || inputs.overdueMilestones > 0) {
    const overdue = inputs.overdueMilestones;
    if (overdue >= overdueThresholds.redAtLeast) {
      findings.push({ rag: 'red', text: `${milestones(overdue)} overdue (red at ${overdueThresholds.redAtLeast} or more)` });
    } else if (overdue >= overdueThresholds.amberAtLeast) {
      findings.push({ rag: 'amber', text: `${milestones(overdue)} overdue (amber at ${overdueThresholds.amberAtLeast} or more)` });
    } else {
      findings.push({
        rag: 'green',
        text: overdue === 0 ? 'no milestone is overdue' : `${milestones(overdue)} overdue, below the amber threshold of ${overdueThresholds.amberAtLeast}`,
      });
    }
  }

  const rag = worstRag(findings.map((finding) => finding.rag));
  const reason =
    findings.length === 0
      ? 'No schedule data: SPI needs a planned value (budgets with dates) and no milestone has a due date'
      : findings
          .filter((finding) => finding.rag === rag)
          .map((finding) => finding.text)
          .join('; ');
  return {
    rag,
    reason: reason.charAt(0).toUpperCase() + reason.slice(1),
    inputs: { spi: inputs.spi, overdueMilestones: inputs.overdueMilestones, datedMilestones: inputs.datedMilestones },
    threshold:
      `amber when SPI is below ${formatFigure(spiThresholds.amberBelow)} or ${overdueThresholds.amberAtLeast}+ milestones are overdue; ` +
      `red when SPI is below ${formatFigure(spiThresholds.redBelow)} or ${overdueThresholds.redAtLeast}+ milestones are overdue`,
  };
}
