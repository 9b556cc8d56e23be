import { randomUUID } from 'node:crypto';
import { createWorkflowDecisionJira } from '../adapters/jira/create-workflow-decision-jira';
import type { JiraClient } from '../adapters/jira/jira-client';
import { createApprovedBaselineStore } from '../adapters/kvs/create-approved-baseline-store';
import { createChangeDecisionStore } from '../adapters/kvs/create-change-decision-store';
import { createTemplateStore } from '../adapters/kvs/create-template-store';
import { loadChangeControlInputs } from '../app/change-control/load-change-control-inputs';
import { recordWorkflowDecisions } from '../app/change-control/record-workflow-decisions';
import type { GovernedInputDeps } from '../app/governed-input-deps';

/**
 * What a refresh needs for change control: the approved baseline and recorded decisions from storage, and the
 * recording of the decisions the Jira workflow took, read through `client` (the app's, metered by the points budget).
 *
 * @example
 * refreshProject({ ...deps, ...changeControlRefreshDeps(client, now) }, request);
 */
export function changeControlRefreshDeps(
  client: JiraClient,
  now: () => Date,
): Required<Pick<GovernedInputDeps, 'changeControlFor' | 'recordWorkflowDecisions'>> {
  const stores = { baselines: createApprovedBaselineStore(), decisions: createChangeDecisionStore() };
  return {
    changeControlFor: (projectKey) => loadChangeControlInputs(stores, projectKey),
    recordWorkflowDecisions: (projectKey, issues, policy) =>
      recordWorkflowDecisions(
        { jira: createWorkflowDecisionJira(client), ...stores, audit: createTemplateStore(), newId: () => randomUUID(), now },
        { projectKey, issues, policy },
      ),
  };
}
