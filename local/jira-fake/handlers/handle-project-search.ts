import type { SiteProject } from '../../site/site-file-schema';
import { jsonReply } from '../fake-reply';
import { jiraError } from '../jira-error';
import { presentProject } from '../present-project';
import type { Handler } from './handler-context';
import { queryInteger, queryList } from './query-values';

/** Page sizes of the project search: 50 by default; more than 100 is served as 100, as Jira does. */
export const PROJECT_DEFAULT_PAGE = 50;
export const PROJECT_MAX_PAGE = 100;

const ORDERINGS: Readonly<Record<string, (p: SiteProject) => string>> = {
  key: (p) => p.key,
  name: (p) => p.name.toLowerCase(),
  category: (p) => p.projectCategory?.name.toLowerCase() ?? '\uffff',
  owner: (p) => p.lead?.displayName?.toLowerCase() ?? p.lead?.accountId ?? '\uffff',
};

function orderOf(orderBy: string | null): (a: SiteProject, b: SiteProject) => number {
  const raw = orderBy ?? 'key';
  const sign = raw.startsWith('-') ? -1 : 1;
  const valueOf = ORDERINGS[raw.replace(/^[+-]/, '')] ?? ORDERINGS['key'] ?? ((p: SiteProject) => p.key);
  return (a, b) => sign * (valueOf(a) < valueOf(b) ? -1 : valueOf(a) > valueOf(b) ? 1 : 0);
}

/**
 * GET /rest/api/3/project/search: the projects the viewer may browse, filtered by `keys`, `id`, `categoryId`,
 * `query` (key or name, any case) and `typeKey`, ordered by `orderBy` (key by default), paged by startAt/maxResults.
 */
export const handleProjectSearch: Handler = (request, ctx) => {
  const { query } = request;
  const startAt = queryInteger(query, 'startAt', 0);
  const requestedMax = queryInteger(query, 'maxResults', PROJECT_DEFAULT_PAGE);
  const categoryId = query.get('categoryId');
  if (startAt === null || startAt < 0) return jiraError(400, ["The 'startAt' parameter must be a non-negative integer."]);
  if (requestedMax === null || requestedMax < 0) return jiraError(400, ["The 'maxResults' parameter must be a non-negative integer."]);
  if (categoryId !== null && !/^\d+$/.test(categoryId)) return jiraError(400, ["The 'categoryId' parameter must be a number."]);
  const maxResults = Math.min(requestedMax, PROJECT_MAX_PAGE);
  const keys = new Set(queryList(query, 'keys'));
  const ids = new Set(queryList(query, 'id'));
  const types = new Set(queryList(query, 'typeKey'));
  const text = query.get('query')?.toLowerCase() ?? '';
  const matching = ctx.index.site.projects
    .filter((p) => ctx.viewer.canBrowseProject(p.key))
    .filter((p) => keys.size === 0 || keys.has(p.key))
    .filter((p) => ids.size === 0 || ids.has(p.id))
    .filter((p) => types.size === 0 || types.has(p.projectTypeKey))
    .filter((p) => categoryId === null || p.projectCategory?.id === categoryId)
    .filter((p) => text === '' || p.key.toLowerCase().includes(text) || p.name.toLowerCase().includes(text))
    .sort(orderOf(query.get('orderBy')));
  const values = matching.slice(startAt, startAt + maxResults);
  const isLast = startAt + values.length >= matching.length;
  const expand = new Set(queryList(query, 'expand'));
  const base = ctx.index.site.baseUrl.replace(/\/+$/, '');
  const pageUrl = (at: number): string => {
    const params = new URLSearchParams(query);
    params.set('startAt', String(at));
    params.set('maxResults', String(maxResults));
    return `${base}/rest/api/3/project/search?${params.toString()}`;
  };
  return jsonReply(200, {
    self: pageUrl(startAt),
    ...(isLast ? {} : { nextPage: pageUrl(startAt + values.length) }),
    maxResults,
    startAt,
    total: matching.length,
    isLast,
    values: values.map((p) => presentProject(p, expand, ctx.index)),
  });
};
