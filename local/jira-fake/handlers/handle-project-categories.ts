import { jsonReply } from '../fake-reply';
import { presentProjectCategory } from '../present-project';
import type { Handler } from './handler-context';

/** GET /rest/api/3/projectCategory: every category used by the site's projects (Jira lists them to anyone). */
export const handleProjectCategories: Handler = (_request, ctx) => {
  const categories = new Map(ctx.index.site.projects.flatMap((p) => (p.projectCategory ? [[p.projectCategory.id, p.projectCategory] as const] : [])));
  return jsonReply(
    200,
    [...categories.values()].sort((a, b) => Number(a.id) - Number(b.id)).map((c) => presentProjectCategory(c, ctx.index)),
  );
};
