/**
 * Writes what a real site shows the token's owner into a site file: projects, fields, link types, statuses, issues
 * with every field, and full changelogs (changelog/bulkfetch, since search stops at 40 entries). Only the token's
 * owner is given permissions in the file, because Jira does not tell one user what another may browse.
 */
import { z } from 'zod';
import type { RealJiraConfig } from '../../forge-runtime/real-jira-target';
import { siteFileSchema, type SiteFile } from '../../site/site-file-schema';
import { createJiraHttpReader, type JiraHttpReader } from './jira-http-reader';

const pagedProjects = z.object({ values: z.array(z.looseObject({ key: z.string() })), isLast: z.boolean().optional(), total: z.number().optional() });
const searchPage = z.object({
  issues: z.array(z.looseObject({ id: z.string(), key: z.string(), fields: z.record(z.string(), z.unknown()) })),
  nextPageToken: z.string().optional(),
  isLast: z.boolean().optional(),
});
const changelogPage = z.object({
  issueChangeLogs: z.array(z.object({ issueId: z.string(), changeHistories: z.array(z.unknown()) })),
  nextPageToken: z.string().optional(),
});
const userShape = z.looseObject({
  accountId: z.string(),
  displayName: z.string().optional(),
  emailAddress: z.string().optional(),
  active: z.boolean().optional(),
});

async function allProjects(read: JiraHttpReader): Promise<Record<string, unknown>[]> {
  const projects: Record<string, unknown>[] = [];
  for (let startAt = 0; ;) {
    const page = pagedProjects.parse(await read('GET', `/rest/api/3/project/search?startAt=${startAt}&maxResults=100&expand=lead,description`));
    projects.push(...page.values);
    startAt += page.values.length;
    if (page.isLast === true || page.values.length === 0 || (page.total !== undefined && startAt >= page.total)) return projects;
  }
}

/** Every issue of the projects, with the fields named in `fieldIds` (every field the site declares: named, never `*all`). */
async function allIssues(read: JiraHttpReader, projectKeys: readonly string[], fieldIds: readonly string[]) {
  const issues: z.infer<typeof searchPage>['issues'] = [];
  if (projectKeys.length === 0) return issues;
  let nextPageToken: string | undefined;
  do {
    const page = searchPage.parse(
      await read('POST', '/rest/api/3/search/jql', {
        jql: `project in (${projectKeys.map((k) => `"${k}"`).join(', ')}) ORDER BY key ASC`,
        fields: fieldIds,
        maxResults: 100,
        ...(nextPageToken === undefined ? {} : { nextPageToken }),
      }),
    );
    issues.push(...page.issues);
    nextPageToken = page.isLast === false ? page.nextPageToken : undefined;
  } while (nextPageToken !== undefined);
  return issues;
}

async function allChangelogs(read: JiraHttpReader, issueIds: readonly string[]): Promise<Map<string, unknown[]>> {
  const histories = new Map<string, unknown[]>();
  for (let i = 0; i < issueIds.length; i += 1000) {
    const batch = issueIds.slice(i, i + 1000);
    let nextPageToken: string | undefined;
    do {
      const page = changelogPage.parse(
        await read('POST', '/rest/api/3/changelog/bulkfetch', {
          issueIdsOrKeys: batch,
          maxResults: 10000,
          ...(nextPageToken === undefined ? {} : { nextPageToken }),
        }),
      );
      for (const log of page.issueChangeLogs) histories.set(log.issueId, [...(histories.get(log.issueId) ?? []), ...log.changeHistories]);
      nextPageToken = page.nextPageToken;
    } while (nextPageToken !== undefined);
  }
  return histories;
}

export async function exportSite(config: RealJiraConfig, read: JiraHttpReader = createJiraHttpReader(config)): Promise<SiteFile> {
  const myself = userShape.parse(await read('GET', '/rest/api/3/myself'));
  const projects = await allProjects(read);
  const fields = z.array(z.unknown()).parse(await read('GET', '/rest/api/3/field'));
  const linkTypes = z.object({ issueLinkTypes: z.array(z.unknown()) }).parse(await read('GET', '/rest/api/3/issueLinkType'));
  const projectKeys = projects.map((p) => String(p.key));
  const fieldIds = fields.flatMap((field) => {
    const parsed = z.looseObject({ id: z.string() }).safeParse(field);
    return parsed.success ? [parsed.data.id] : [];
  });
  const issues = await allIssues(read, projectKeys, fieldIds);
  const changelogs = await allChangelogs(
    read,
    issues.map((i) => i.id),
  );

  const users = new Map<string, z.infer<typeof userShape>>([[myself.accountId, myself]]);
  const statuses = new Map<string, unknown>();
  for (const issue of issues) {
    for (const name of ['assignee', 'reporter', 'creator']) {
      const user = userShape.safeParse(issue.fields[name]);
      if (user.success && !users.has(user.data.accountId)) users.set(user.data.accountId, user.data);
    }
    const status = z.looseObject({ id: z.string() }).safeParse(issue.fields.status);
    if (status.success) statuses.set(status.data.id, status.data);
  }
  return siteFileSchema.parse({
    name: `Export of ${config.baseUrl}`,
    baseUrl: config.baseUrl,
    users: [...users.values()].map((u) => ({
      accountId: u.accountId,
      displayName: u.displayName ?? u.accountId,
      active: u.active ?? true,
      ...(u.emailAddress ? { emailAddress: u.emailAddress } : {}),
    })),
    projects,
    fields,
    issueLinkTypes: linkTypes.issueLinkTypes,
    statuses: [...statuses.values()],
    issues: issues.map((issue) => ({ id: issue.id, key: issue.key, fields: issue.fields, changelog: { histories: changelogs.get(issue.id) ?? [] } })),
    permissions: { [myself.accountId]: projectKeys },
  });
}
