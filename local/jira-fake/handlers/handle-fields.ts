import { jsonReply } from '../fake-reply';
import type { Handler } from './handler-context';

/** GET /rest/api/3/field: the site's fields, with Jira's defaults for the flags a site file may leave out. */
export const handleFields: Handler = (_request, ctx) =>
  jsonReply(
    200,
    ctx.index.site.fields.map((f) => {
      const customId = /^customfield_(\d+)$/.exec(f.id)?.[1];
      return {
        id: f.id,
        key: f.key ?? f.id,
        name: f.name,
        custom: f.custom,
        orderable: f.orderable ?? true,
        navigable: f.navigable ?? true,
        searchable: f.searchable ?? true,
        clauseNames: f.clauseNames ?? (customId === undefined ? [f.id] : [`cf[${customId}]`, f.name]),
        ...(f.schema === undefined ? {} : { schema: f.schema }),
      };
    }),
  );
