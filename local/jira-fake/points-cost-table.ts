import { z } from 'zod';

/** Points a successful answer costs beyond the base point of every request, from what its body holds. */
export type ObjectPoints = (body: unknown) => number;

const POINTS_PER_ISSUE_OR_PROJECT = 1;
const POINTS_PER_USER_GROUP_OR_PERMISSION = 2;

function countOf(schema: z.ZodType<readonly unknown[]>): (body: unknown) => number {
  return (body) => {
    const parsed = schema.safeParse(body);
    return parsed.success ? parsed.data.length : 0;
  };
}

const issues = countOf(z.object({ issues: z.array(z.unknown()) }).transform((b) => b.issues));
const projectValues = countOf(z.object({ values: z.array(z.unknown()) }).transform((b) => b.values));
const changelogIssues = countOf(z.object({ issueChangeLogs: z.array(z.unknown()) }).transform((b) => b.issueChangeLogs));
const myPermissions = countOf(z.object({ permissions: z.record(z.string(), z.unknown()) }).transform((b) => Object.keys(b.permissions)));
const checkedPermissions = countOf(
  z
    .object({ globalPermissions: z.array(z.unknown()), projectPermissions: z.array(z.unknown()) })
    .transform((b) => [...b.globalPermissions, ...b.projectPermissions]),
);
const none: ObjectPoints = () => 0;

/**
 * Jira Cloud's points model, per endpoint of the fake ("METHOD /path-template", as the traffic summary keys them):
 * every answered request costs 1 point (a write only that), plus 1 per issue or project and 2 per user, group or
 * permission its answer returns. Only 2xx answers return objects; errors cost the base point. Endpoints missing here
 * (404, 405) cost the base point too.
 */
export const POINTS_COST_TABLE: Readonly<Record<string, ObjectPoints>> = {
  // Every issue of the page counts, ids-only pages included: Jira charges for the objects returned, not their size.
  'GET /rest/api/3/search/jql': (body) => POINTS_PER_ISSUE_OR_PROJECT * issues(body),
  'POST /rest/api/3/search/jql': (body) => POINTS_PER_ISSUE_OR_PROJECT * issues(body),
  // A count, not objects.
  'POST /rest/api/3/search/approximate-count': none,
  // Issues returned; the ids in issueErrors are not issues.
  'POST /rest/api/3/issue/bulkfetch': (body) => POINTS_PER_ISSUE_OR_PROJECT * issues(body),
  // Jira does not say how changelogs are charged; the fake reads them as issue objects: one point per issue whose
  // changelog the page returns, whatever the number of histories.
  'POST /rest/api/3/changelog/bulkfetch': (body) => POINTS_PER_ISSUE_OR_PROJECT * changelogIssues(body),
  'GET /rest/api/3/issue/{issueIdOrKey}': () => POINTS_PER_ISSUE_OR_PROJECT,
  'GET /rest/api/3/project/search': (body) => POINTS_PER_ISSUE_OR_PROJECT * projectValues(body),
  // Categories, fields and link types are neither issues, projects, users, groups nor permissions.
  'GET /rest/api/3/projectCategory': none,
  'GET /rest/api/3/field': none,
  'GET /rest/api/3/issueLinkType': none,
  // The app account: one user.
  'GET /rest/api/3/myself': () => POINTS_PER_USER_GROUP_OR_PERMISSION,
  'GET /rest/api/3/mypermissions': (body) => POINTS_PER_USER_GROUP_OR_PERMISSION * myPermissions(body),
  // Each permission granted (a global permission name, or a project permission with the ids it is held in) counts;
  // the project and issue ids inside are ids, not project or issue objects.
  'POST /rest/api/3/permissions/check': (body) => POINTS_PER_USER_GROUP_OR_PERMISSION * checkedPermissions(body),
};
