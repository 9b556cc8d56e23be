import type { IntakeStage } from '../../src/domain/intake/intake-stage';

/** A decision the demo's PMO recorded in the app on a proposal, named by its summary, in days before now. */
export interface DemoIntakeDecision {
  readonly summary: string;
  readonly stage: IntakeStage;
  readonly daysAgo: number;
  readonly reason: string | null;
}

/**
 * The demo's intake history, oldest first per proposal: four proposals in screening, one approved after screening,
 * one deferred after screening and one rejected outright, each reason in the decider's words.
 */
export const demoIntakeDecisions: readonly DemoIntakeDecision[] = [
  { summary: 'Cloud contact centre', stage: 'screening', daysAgo: 70, reason: null },
  {
    summary: 'Cloud contact centre',
    stage: 'approved',
    daysAgo: 55,
    reason: 'Replaces the contact centre contract that ends next year; funded from the Digital Channels budget.',
  },
  {
    summary: 'Crypto custody service',
    stage: 'rejected',
    daysAgo: 58,
    reason: 'Outside the bank’s risk appetite; the board will not hold digital assets for customers.',
  },
  { summary: 'Branch network redesign', stage: 'screening', daysAgo: 60, reason: null },
  {
    summary: 'Branch network redesign',
    stage: 'deferred',
    daysAgo: 45,
    reason: 'Wait for the branch footprint review in the spring before redesigning the network.',
  },
  { summary: 'Retire the mainframe batch scheduler', stage: 'screening', daysAgo: 44, reason: null },
  { summary: 'Consolidate the data warehouses', stage: 'screening', daysAgo: 38, reason: null },
  { summary: 'ESG disclosures for the annual report', stage: 'screening', daysAgo: 33, reason: null },
  { summary: 'Self-service mortgage top-ups', stage: 'screening', daysAgo: 27, reason: null },
];

/** A reviewer's score in the app for a criterion the proposal's Jira fields leave empty. */
export const demoReviewerScore = { summary: 'Self-service mortgage top-ups', criterionId: 'jobSize', value: 8, daysAgo: 26 } as const;
