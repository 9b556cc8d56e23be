import { z } from 'zod';
import { templateForProject } from '../app/templates/template-for-project';
import { loadIssueGovernance } from '../app/load-issue-governance';
import { defineResolver } from './define-resolver';
import { issueKeySchema } from './issue-key-schema';

/** getIssueGovernance: the Governance panel of one issue, read as the user in at most three Jira requests. */
export const getIssueGovernanceResolver = defineResolver({
  payload: z.object({ issueKey: issueKeySchema }),
  permission: 'anyone',
  run: (deps, { issueKey }) =>
    loadIssueGovernance(
      {
        jira: deps.raidJira,
        rollups: deps.shownRollups,
        fieldMappings: deps.fieldMappings,
        templateFor: (key) => templateForProject(deps.templates, key),
        changeControl: { decisions: deps.changeControl.decisions, baselines: deps.changeControl.baselines },
      },
      issueKey,
      deps.now().toISOString(),
    ),
});
