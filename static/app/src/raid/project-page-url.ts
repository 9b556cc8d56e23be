// Forge names an extension by an ARI: ari:cloud:ecosystem::extension/{appId}/{environmentId}/static/{moduleKey}.
const extensionAri = /^ari:cloud:ecosystem::extension\/([^/]+)\/([^/]+)\/static\//;

/**
 * The Jira address of the app's project page for a project. Jira serves a project page at
 * `/jira/software/projects/{KEY}/apps/{appId}/{environmentId}`; the app and environment come from the frame's
 * `localId`. Where the frame has no extension ARI (the local harness), the project's own address is answered, which
 * the local host understands as "show this project".
 *
 * @example
 * projectPageUrl('https://acme.atlassian.net', 'CORE', 'ari:cloud:ecosystem::extension/app-1/env-2/static/pmo-portfolio');
 * // 'https://acme.atlassian.net/jira/software/projects/CORE/apps/app-1/env-2'
 * projectPageUrl('https://acme.atlassian.net/', 'CORE', 'local-pmo-portfolio');
 * // 'https://acme.atlassian.net/jira/software/projects/CORE'
 */
export function projectPageUrl(siteUrl: string, projectKey: string, localId: string | null): string {
  const base = `${siteUrl.replace(/\/+$/, '')}/jira/software/projects/${encodeURIComponent(projectKey)}`;
  const match = localId === null ? null : extensionAri.exec(localId);
  return match?.[1] === undefined || match[2] === undefined ? base : `${base}/apps/${match[1]}/${match[2]}`;
}
