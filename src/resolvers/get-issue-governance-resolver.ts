import { z } from 'zod';
import { templateForProject } from '../app/templates/template-for-project';
import { loadIssueGovernance } from '../app/load-issue-governance';
import type { IssueKey } from '../domain/ids/issue-key';
import { parseIssueKey } from '../domain/ids/parse-issue-key';
import { defineResolver } from './define-resolver';

const issueKeySchema = z.string().transform((raw, ctx): IssueKey => {
  const key = parseIssueKey(raw);
  if (key === null) {
    ctx.addIssue({ code: 'custom', message: 'must be a Jira issue key such as PMO-12' });
    return z.NEVER;
  }
  return key;
});

/** getIssueGovernance: the Governance panel of one issue, read as the user in at most three Jira requests. */
export const getIssueGovernanceResolver = defineResolver({
  payload: z.object({ issueKey: issueKeySchema }),
  permission: 'anyone',
  run: (deps, { issueKey }) =>
    loadIssueGovernance(
      { jira: deps.raidJira, rollups: deps.shownRollups, fieldMappings: deps.fieldMappings, templateFor: (key) => templateForProject(deps.templates, key) },
      issueKey,
      deps.now().toISOString(),
    ),
});
