/**
 * Matches a concrete path against a template such as `/rest/api/3/issue/{issueIdOrKey}`: the decoded value of each
 * parameter, or null when the path does not fit. A parameter matches exactly one non-empty segment.
 *
 * @example
 * matchPathTemplate('/rest/api/3/issue/{issueIdOrKey}', '/rest/api/3/issue/PMO-1'); // { issueIdOrKey: 'PMO-1' }
 */
export function matchPathTemplate(template: string, path: string): Record<string, string> | null {
  const expected = template.split('/');
  const actual = path.split('/');
  if (expected.length !== actual.length) return null;
  const params: Record<string, string> = {};
  for (const [i, segment] of expected.entries()) {
    const value = actual[i] ?? '';
    const name = /^\{(.+)\}$/.exec(segment)?.[1];
    if (name === undefined) {
      if (segment !== value) return null;
    } else {
      if (value === '') return null;
      try {
        params[name] = decodeURIComponent(value);
      } catch {
        return null;
      }
    }
  }
  return params;
}
