import { jsonReply } from '../fake-reply';
import { presentUser } from '../present-user';
import type { Handler } from './handler-context';
import { queryList } from './query-values';

/** The identity the app itself (asApp) has on the site. */
export const APP_ACCOUNT = { accountId: 'pmo-governance-app', displayName: 'PMO Governance for Jira' } as const;

/**
 * GET /rest/api/3/myself: the acting user (e-mail included, groups and application roles when expanded); for the app,
 * its own app account.
 */
export const handleMyself: Handler = (request, ctx) => {
  const { user } = ctx.viewer;
  const expand = new Set(queryList(request.query, 'expand'));
  const base = ctx.index.site.baseUrl.replace(/\/+$/, '');
  const groups = user?.groups ?? [];
  const self =
    user === undefined
      ? { ...presentUser(APP_ACCOUNT, ctx.index), accountType: 'app' }
      : { ...presentUser(user, ctx.index), ...(user.emailAddress === undefined ? {} : { emailAddress: user.emailAddress }) };
  return jsonReply(200, {
    ...self,
    locale: 'en_US',
    groups: {
      size: groups.length,
      items: expand.has('groups') ? groups.map((name) => ({ name, self: `${base}/rest/api/3/group?groupname=${encodeURIComponent(name)}` })) : [],
    },
    applicationRoles: { size: 1, items: expand.has('applicationRoles') ? [{ key: 'jira-software', name: 'Jira Software' }] : [] },
    expand: 'groups,applicationRoles',
  });
};
