import type { DemoIssueTypeName } from './demo-issue-types';
import type { DemoStatusName } from './demo-statuses';
import type { DraftCriteria } from './issue-draft';

/** A proposal of the demo's intake project, as raised in Jira. */
export interface DemoIntakeProposal {
  readonly type: DemoIssueTypeName;
  readonly summary: string;
  /** The program it would land in: an index into demoPrograms, written to its Program field. */
  readonly program: 0 | 1 | 2;
  readonly createdDaysAgo: number;
  readonly status: DemoStatusName;
  readonly labels?: readonly string[];
  /** Strategic Theme indexes demoSelectOptions.strategicTheme: 0 growth, 1 experience, 2 cost, 3 compliance, 4 risk. */
  readonly criteria: DraftCriteria | null;
  /**
   * Its estimate (Story Points) and when it would run, in days from the site's today: what the approval check and the
   * what-if place in its program's quarters. A proposal without one is not checked.
   */
  readonly plan?: { readonly storyPoints: number | null; readonly startInDays: number | null; readonly dueInDays: number | null };
}

/**
 * The demo's proposals in the order they were raised. Eleven carry every WSJF part; two lack Job Size, so they show
 * as unscored until a reviewer sizes them; one Task is a proposal by its `intake` label and one plain Task is not a
 * proposal at all. Their stages (screening, approved, deferred, rejected) are the app's records, seeded by the dev
 * server (seedDemoIntake) by summary; the statuses here are what the PMO's Jira workflow shows meanwhile. Most carry
 * a plan: "Consolidate the data warehouses" starts now, in Core Platforms' overloaded quarter, so approving it asks
 * for confirmation; "Automate the quarterly liquidity return" fits; one has no estimate and one no dates.
 */
export const demoIntakeProposals: readonly DemoIntakeProposal[] = [
  {
    type: 'Project Request',
    summary: 'Cloud contact centre',
    program: 0,
    createdDaysAgo: 75,
    status: 'Approved',
    criteria: { businessValue: 8, timeCriticality: 8, riskReduction: 5, jobSize: 5, estimatedCost: 380_000, expectedBenefit: 900_000, strategicTheme: 1 },
    plan: { storyPoints: 40, startInDays: 10, dueInDays: 160 },
  },
  {
    type: 'Idea',
    summary: 'Crypto custody service',
    program: 1,
    createdDaysAgo: 70,
    status: 'Done',
    criteria: { businessValue: 5, timeCriticality: 2, riskReduction: 1, jobSize: 20, estimatedCost: 1_500_000, expectedBenefit: 600_000, strategicTheme: 0 },
  },
  {
    type: 'Project Request',
    summary: 'Branch network redesign',
    program: 0,
    createdDaysAgo: 64,
    status: 'To Do',
    criteria: { businessValue: 8, timeCriticality: 3, riskReduction: 2, jobSize: 13, estimatedCost: 2_200_000, expectedBenefit: 1_800_000, strategicTheme: 2 },
    plan: { storyPoints: 55, startInDays: 200, dueInDays: 380 },
  },
  {
    type: 'Project Request',
    summary: 'Retire the mainframe batch scheduler',
    program: 1,
    createdDaysAgo: 48,
    status: 'In Review',
    criteria: { businessValue: 5, timeCriticality: 8, riskReduction: 13, jobSize: 13, estimatedCost: 650_000, expectedBenefit: 400_000, strategicTheme: 2 },
    plan: { storyPoints: 21, startInDays: 120, dueInDays: 300 },
  },
  {
    type: 'Proposal',
    summary: 'Consolidate the data warehouses',
    program: 1,
    createdDaysAgo: 41,
    status: 'In Review',
    criteria: { businessValue: 8, timeCriticality: 5, riskReduction: 8, jobSize: 8, estimatedCost: 520_000, expectedBenefit: 750_000, strategicTheme: 2 },
    plan: { storyPoints: 60, startInDays: 0, dueInDays: 150 },
  },
  {
    type: 'Project Request',
    summary: 'ESG disclosures for the annual report',
    program: 2,
    createdDaysAgo: 36,
    status: 'In Review',
    criteria: { businessValue: 8, timeCriticality: 13, riskReduction: 3, jobSize: 5, estimatedCost: 210_000, expectedBenefit: 150_000, strategicTheme: 3 },
    plan: { storyPoints: 13, startInDays: null, dueInDays: 75 },
  },
  {
    type: 'Proposal',
    summary: 'Self-service mortgage top-ups',
    program: 0,
    createdDaysAgo: 30,
    status: 'In Review',
    criteria: { businessValue: 13, timeCriticality: 8, riskReduction: 3, estimatedCost: 300_000, expectedBenefit: 1_100_000, strategicTheme: 0 },
    plan: { storyPoints: 20, startInDays: 45, dueInDays: 180 },
  },
  {
    type: 'Project Request',
    summary: 'Open banking API for business customers',
    program: 0,
    createdDaysAgo: 21,
    status: 'To Do',
    criteria: { businessValue: 13, timeCriticality: 8, riskReduction: 5, jobSize: 8, estimatedCost: 450_000, expectedBenefit: 1_200_000, strategicTheme: 0 },
    plan: { storyPoints: 34, startInDays: 60, dueInDays: 240 },
  },
  {
    type: 'Project Request',
    summary: 'Automate the quarterly liquidity return',
    program: 2,
    createdDaysAgo: 17,
    status: 'To Do',
    criteria: { businessValue: 8, timeCriticality: 13, riskReduction: 8, jobSize: 3, estimatedCost: 160_000, expectedBenefit: 240_000, strategicTheme: 3 },
    plan: { storyPoints: 8, startInDays: 20, dueInDays: 110 },
  },
  {
    type: 'Idea',
    summary: 'Real-time fraud scoring on card payments',
    program: 1,
    createdDaysAgo: 12,
    status: 'To Do',
    criteria: { businessValue: 13, timeCriticality: 5, riskReduction: 13, strategicTheme: 4 },
    plan: { storyPoints: null, startInDays: 90, dueInDays: 270 },
  },
  {
    type: 'Proposal',
    summary: 'Replace the branch queueing system',
    program: 0,
    createdDaysAgo: 9,
    status: 'To Do',
    criteria: { businessValue: 5, timeCriticality: 3, riskReduction: 2, jobSize: 5, estimatedCost: 120_000, expectedBenefit: 90_000, strategicTheme: 1 },
    plan: { storyPoints: 8, startInDays: null, dueInDays: null },
  },
  {
    type: 'Task',
    summary: 'Digital identity wallet pilot',
    program: 0,
    createdDaysAgo: 6,
    status: 'To Do',
    labels: ['intake'],
    criteria: { businessValue: 5, timeCriticality: 5, riskReduction: 8, jobSize: 3, estimatedCost: 80_000, expectedBenefit: 140_000, strategicTheme: 0 },
    plan: { storyPoints: 5, startInDays: null, dueInDays: 40 },
  },
  {
    type: 'Idea',
    summary: 'Chatbot for card disputes',
    program: 0,
    createdDaysAgo: 3,
    status: 'To Do',
    criteria: { businessValue: 3, timeCriticality: 1, riskReduction: 1, strategicTheme: 1 },
  },
  {
    type: 'Task',
    summary: 'Publish the intake calendar for next year',
    program: 0,
    createdDaysAgo: 2,
    status: 'In Progress',
    criteria: null,
  },
];
