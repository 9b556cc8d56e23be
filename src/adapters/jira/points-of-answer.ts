/** The objects whose count Jira charges in an answer, per endpoint, as its points model reads. */
interface CostRule {
  readonly method: string;
  readonly path: RegExp;
  /** Points beyond the request's own point, from the answer's JSON. */
  readonly objects: (body: Record<string, unknown>) => number;
}

const lengthOf = (value: unknown): number => (Array.isArray(value) ? value.length : 0);

/** Users, groups and permissions cost 2 points each; issues and projects 1. */
const costRules: readonly CostRule[] = [
  { method: 'POST', path: /^\/rest\/api\/3\/search\/jql$/, objects: (body) => lengthOf(body.issues) },
  { method: 'POST', path: /^\/rest\/api\/3\/issue\/bulkfetch$/, objects: (body) => lengthOf(body.issues) },
  { method: 'POST', path: /^\/rest\/api\/3\/changelog\/bulkfetch$/, objects: (body) => lengthOf(body.issueChangeLogs) },
  { method: 'GET', path: /^\/rest\/api\/3\/issue\/[^/]+$/, objects: () => 1 },
  { method: 'GET', path: /^\/rest\/api\/3\/project\/search$/, objects: (body) => lengthOf(body.values) },
  { method: 'GET', path: /^\/rest\/api\/3\/myself$/, objects: () => 2 },
  {
    method: 'GET',
    path: /^\/rest\/api\/3\/mypermissions$/,
    objects: (body) => (typeof body.permissions === 'object' && body.permissions !== null ? 2 * Object.keys(body.permissions).length : 0),
  },
];

/**
 * What one Jira answer costs in points as the app counts it: 1 for the request, plus 1 per issue or project it returns
 * and 2 per user or permission; a 429 costs nothing (Jira refused the work). The fake charges by the same model, so
 * the app's ledger and Jira's meter can be compared.
 *
 * @example
 * pointsOfAnswer('POST', '/rest/api/3/search/jql', 200, { issues: [{ id: '1' }, { id: '2' }] }); // 3
 */
export function pointsOfAnswer(method: string, path: string, status: number, body: unknown): number {
  if (status === 429) return 0;
  if (status < 200 || status >= 300 || typeof body !== 'object' || body === null) return 1;
  const pathOnly = path.split('?')[0] ?? path;
  const rule = costRules.find((r) => r.method === method.toUpperCase() && r.path.test(pathOnly));
  return 1 + (rule === undefined ? 0 : rule.objects(Object.fromEntries(Object.entries(body))));
}
