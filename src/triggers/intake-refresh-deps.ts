import { randomUUID } from 'node:crypto';
import { createWorkflowDecisionJira } from '../adapters/jira/create-workflow-decision-jira';
import type { JiraClient } from '../adapters/jira/jira-client';
import { createIntakeSettingsStore } from '../adapters/kvs/create-intake-settings-store';
import { createProposalDecisionStore } from '../adapters/kvs/create-proposal-decision-store';
import { createScoringModelStore } from '../adapters/kvs/create-scoring-model-store';
import { createTemplateStore } from '../adapters/kvs/create-template-store';
import type { GovernedInputDeps } from '../app/governed-input-deps';
import { recordProposalWorkflowDecisions } from '../app/intake/record-proposal-workflow-decisions';

/**
 * What a refresh needs for intake: the recording of the decisions the Jira workflow took on proposals, read through
 * `client` (the app's, metered by the points budget), into the proposal decision store, audited.
 *
 * @example
 * refreshProject({ ...deps, ...changeControlRefreshDeps(client, now), ...intakeRefreshDeps(client, now) }, request);
 */
export function intakeRefreshDeps(client: JiraClient, now: () => Date): Required<Pick<GovernedInputDeps, 'recordProposalDecisions'>> {
  return {
    recordProposalDecisions: async (projectKey, issues) => {
      const ports = {
        jira: createWorkflowDecisionJira(client),
        settings: createIntakeSettingsStore(),
        models: createScoringModelStore(),
        decisions: createProposalDecisionStore(),
        audit: createTemplateStore(),
        newId: () => randomUUID(),
        now,
      };
      await recordProposalWorkflowDecisions(ports, { projectKey, issues });
    },
  };
}
