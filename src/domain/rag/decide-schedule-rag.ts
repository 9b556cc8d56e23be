import { formatFigure } from './format-figure';
import type { Rag } from './rag';
import type { RagDecision } from './rag-decision';
import type { RagInputs } from './rag-inputs';
import type { RagPolicy } from './rag-policy';
import { worstRag } from './worst-rag';

function milestones(count: number): string {
  return count === 1 ? '1 milestone is' : `${count} milestones are`;
}

function slips(count: number): string {
  return count === 1 ? '1 slip past the approved baseline has' : `${count} slips past the approved baseline have`;
}

/**
 * Rates the schedule on SPI, on overdue milestones and, once the project has an approved baseline, on the slips past
 * it that no approved change covers; the worst decides and every finding of that colour is named. Grey when there is
 * no planned value yet (SPI null), no milestone has a due date and there is no approved baseline.
 *
 * @example
 * decideScheduleRag({ spi: 0.85, overdueMilestones: 0, datedMilestones: 3, uncontrolledSlips: null }, defaultRagPolicy);
 * // { rag: 'amber', reason: 'SPI 0.85 is below the amber threshold 0.9', ... }
 */
export function decideScheduleRag(inputs: RagInputs['schedule'], policy: RagPolicy): RagDecision {
  const { spi: spiThresholds, overdueMilestones: overdueThresholds, uncontrolledSlips: slipThresholds } = policy.schedule;
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

  if (inputs.uncontrolledSlips !== null) {
    const count = inputs.uncontrolledSlips;
    if (count >= slipThresholds.redAtLeast) {
      findings.push({ rag: 'red', text: `${slips(count)} no approved change (red at ${slipThresholds.redAtLeast} or more)` });
    } else if (count >= slipThresholds.amberAtLeast) {
      findings.push({ rag: 'amber', text: `${slips(count)} no approved change (amber at ${slipThresholds.amberAtLeast} or more)` });
    } else {
      findings.push({
        rag: 'green',
        text:
          count === 0
            ? 'no slip past the approved baseline lacks an approved change'
            : `${slips(count)} no approved change, below the amber threshold of ${slipThresholds.amberAtLeast}`,
      });
    }
  }

  const rag = worstRag(findings.map((finding) => finding.rag));
  const reason =
    findings.length === 0
      ? 'No schedule data: SPI needs a planned value (budgets with dates), no milestone has a due date and there is no approved baseline'
      : findings
          .filter((finding) => finding.rag === rag)
          .map((finding) => finding.text)
          .join('; ');
  return {
    rag,
    reason: reason.charAt(0).toUpperCase() + reason.slice(1),
    inputs: {
      spi: inputs.spi,
      overdueMilestones: inputs.overdueMilestones,
      datedMilestones: inputs.datedMilestones,
      uncontrolledSlips: inputs.uncontrolledSlips,
    },
    threshold:
      `amber when SPI is below ${formatFigure(spiThresholds.amberBelow)}, ${overdueThresholds.amberAtLeast}+ milestones are overdue ` +
      `or ${slipThresholds.amberAtLeast}+ slips past the approved baseline have no approved change; ` +
      `red when SPI is below ${formatFigure(spiThresholds.redBelow)}, ${overdueThresholds.redAtLeast}+ milestones are overdue ` +
      `or ${slipThresholds.redAtLeast}+ slips past the approved baseline have no approved change`,
  };
}
