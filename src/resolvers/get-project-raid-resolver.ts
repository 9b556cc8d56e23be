import { z } from 'zod';
import type { Envelope } from '../contract/envelope';
import type { ProjectRaidDto } from '../contract/raid-project-dto';
import { createResolverJiraClient } from './create-resolver-jira-client';
import { createRaidJira } from '../adapters/jira/create-raid-jira';
import { createShownGovernanceStore } from './create-shown-governance-store';
import { createTemplateStore } from '../adapters/kvs/create-template-store';
import { templateForProject } from '../app/governance/template-for-project';
import { loadProjectRaid } from '../app/load-project-raid';
import { parseProjectKey } from '../domain/ids/parse-project-key';
import { ResolverFailure } from './resolver-failure';
import { toErrorEnvelope } from './to-error-envelope';

const payloadSchema = z.object({
  projectKey: z.string().refine((raw) => parseProjectKey(raw) !== null, 'must be a Jira project key such as PMO'),
});

/** getProjectRaid: the project page's RAID log, heat map, dependencies and milestones, read as the user. */
export async function getProjectRaidResolver(request: { payload: unknown }): Promise<Envelope<ProjectRaidDto>> {
  try {
    const { projectKey } = payloadSchema.parse(request.payload);
    const jira = createRaidJira(createResolverJiraClient());
    const data = await loadProjectRaid({ jira, store: createShownGovernanceStore(), templateFor: (projectKey) => templateForProject(createTemplateStore(), projectKey) }, projectKey, new Date().toISOString());
    if (data === null) throw new ResolverFailure('FORBIDDEN', `You may not browse project ${projectKey}, or it does not exist.`);
    return { ok: true, data };
  } catch (error) {
    return toErrorEnvelope(error);
  }
}
