import type { WsjfScoringModel } from './scoring-model';

/** SAFe's modified Fibonacci steps for the cost of delay's parts; 0 says a proposal brings nothing on that count. */
const delaySteps = [0, 1, 2, 3, 5, 8, 13, 20];

/**
 * The built-in WSJF model: cost of delay (business value + time criticality + risk reduction / opportunity
 * enablement) divided by job size, each read from the Jira field teams keep it in where there is one. Read-only; an
 * admin clones it to change it.
 */
export const wsjfScoringModel: WsjfScoringModel = {
  id: 'wsjf',
  name: 'WSJF',
  version: 1,
  kind: 'wsjf',
  criteria: [
    { id: 'businessValue', name: 'Business Value', role: 'businessValue', jiraField: 'Business Value', scale: { min: 0, max: 20, steps: delaySteps } },
    { id: 'timeCriticality', name: 'Time Criticality', role: 'timeCriticality', jiraField: 'Time Criticality', scale: { min: 0, max: 20, steps: delaySteps } },
    {
      id: 'riskReduction',
      name: 'Risk Reduction / Opportunity Enablement',
      role: 'riskReduction',
      jiraField: 'Risk Reduction / Opportunity Enablement',
      scale: { min: 0, max: 20, steps: delaySteps },
    },
    { id: 'jobSize', name: 'Job Size', role: 'jobSize', jiraField: 'Job Size', scale: { min: 1, max: 20, steps: [1, 2, 3, 5, 8, 13, 20] } },
  ],
};
