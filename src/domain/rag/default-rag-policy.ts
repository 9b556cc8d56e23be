import type { RagPolicy } from './rag-policy';

/**
 * The policy used until a template sets its own: schedule amber below SPI 0.9 or with any overdue milestone, red
 * below 0.8 or with 2 or more, amber with any slip past the approved baseline that no approved change covers, red with 3 or more; scope amber more than 10 points behind plan, red more than 25; cost amber below CPI
 * 0.95, red below 0.85; risk amber with any open high risk, red with any open critical one; compliance amber below
 * 0.9, red below 0.75; overall the worst of the dimensions that have data.
 */
export const defaultRagPolicy: RagPolicy = {
  schedule: {
    spi: { amberBelow: 0.9, redBelow: 0.8 },
    overdueMilestones: { amberAtLeast: 1, redAtLeast: 2 },
    uncontrolledSlips: { amberAtLeast: 1, redAtLeast: 3 },
  },
  scope: { pointsBehindPlan: { amberAbove: 10, redAbove: 25 } },
  cost: { cpi: { amberBelow: 0.95, redBelow: 0.85 } },
  risk: {
    amber: { severityAtLeast: 'high', openRisksAtLeast: 1 },
    red: { severityAtLeast: 'critical', openRisksAtLeast: 1 },
  },
  compliance: { score: { amberBelow: 0.9, redBelow: 0.75 } },
  overall: 'worst-of-non-grey',
};
