import { z } from 'zod';
import type { Envelope } from '../contract/envelope';
import type { IssueGovernanceDto } from '../contract/raid-governance-dto';
import { createResolverJiraClient } from './create-resolver-jira-client';
import { createRaidJira } from '../adapters/jira/create-raid-jira';
import { createShownGovernanceStore } from './create-shown-governance-store';
import { createTemplateStore } from '../adapters/kvs/create-template-store';
import { templateForProject } from '../app/governance/template-for-project';
import { loadIssueGovernance } from '../app/load-issue-governance';
import { parseIssueKey } from '../domain/ids/parse-issue-key';
import type { IssueKey } from '../domain/ids/issue-key';
import { toErrorEnvelope } from './to-error-envelope';

const payloadSchema = z.object({
  issueKey: z.string().transform((raw, ctx): IssueKey => {
    const key = parseIssueKey(raw);
    if (key === null) {
      ctx.addIssue({ code: 'custom', message: 'must be a Jira issue key such as PMO-12' });
      return z.NEVER;
    }
    return key;
  }),
});

/** getIssueGovernance: the Governance panel of one issue, read as the user in at most three Jira requests. */
export async function getIssueGovernanceResolver(request: { payload: unknown }): Promise<Envelope<IssueGovernanceDto>> {
  try {
    const { issueKey } = payloadSchema.parse(request.payload);
    const jira = createRaidJira(createResolverJiraClient());
    return { ok: true, data: await loadIssueGovernance({ jira, store: createShownGovernanceStore(), templateFor: (projectKey) => templateForProject(createTemplateStore(), projectKey) }, issueKey, new Date().toISOString()) };
  } catch (error) {
    return toErrorEnvelope(error);
  }
}
