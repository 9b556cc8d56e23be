import { jsonReply } from '../fake-reply';
import type { Handler } from './handler-context';

/** GET /rest/api/3/issueLinkType: `{ issueLinkTypes }` with self links. */
export const handleIssueLinkTypes: Handler = (_request, ctx) => {
  const base = ctx.index.site.baseUrl.replace(/\/+$/, '');
  return jsonReply(200, {
    issueLinkTypes: ctx.index.site.issueLinkTypes.map((t) => ({ ...t, self: `${base}/rest/api/3/issueLinkType/${t.id}` })),
  });
};
