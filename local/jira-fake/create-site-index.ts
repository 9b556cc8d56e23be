import type { SiteField, SiteFile, SiteIssue, SiteProject, SiteUser } from '../site/site-file-schema';

/** Look-ups over a site file, built once per fake; issues are held by reference so edits show through. */
export interface SiteIndex {
  readonly site: SiteFile;
  readonly userById: ReadonlyMap<string, SiteUser>;
  readonly projectByKey: ReadonlyMap<string, SiteProject>;
  readonly projectById: ReadonlyMap<string, SiteProject>;
  readonly fieldById: ReadonlyMap<string, SiteField>;
  /** An issue by id, or by key in any letter case (Jira answers `pmo-1` with PMO-1). */
  findIssue(idOrKey: string): SiteIssue | undefined;
  /** A user by account id, or by e-mail address in any letter case. */
  findUser(accountIdOrEmail: string): SiteUser | undefined;
}

/**
 * Indexes a site file's users, projects, fields and issues.
 *
 * @example
 * const index = createSiteIndex(site);
 * index.findIssue('pmo-1')?.key; // 'PMO-1'
 */
export function createSiteIndex(site: SiteFile): SiteIndex {
  const userById = new Map(site.users.map((u) => [u.accountId, u]));
  const userByEmail = new Map(site.users.flatMap((u) => (u.emailAddress === undefined ? [] : [[u.emailAddress.toLowerCase(), u] as const])));
  const issueById = new Map(site.issues.map((i) => [i.id, i]));
  const issueByKey = new Map(site.issues.map((i) => [i.key.toUpperCase(), i]));
  return {
    site,
    userById,
    projectByKey: new Map(site.projects.map((p) => [p.key, p])),
    projectById: new Map(site.projects.map((p) => [p.id, p])),
    fieldById: new Map(site.fields.map((f) => [f.id, f])),
    findIssue: (idOrKey) => issueById.get(idOrKey) ?? issueByKey.get(idOrKey.toUpperCase()),
    findUser: (accountIdOrEmail) => userById.get(accountIdOrEmail) ?? userByEmail.get(accountIdOrEmail.toLowerCase()),
  };
}
