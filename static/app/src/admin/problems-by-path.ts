/** A validation problem as zod reports it: where, and what. */
export interface PathProblem {
  readonly path: readonly PropertyKey[];
  readonly message: string;
}

/**
 * Groups validation problems by where they are (`rules.2.maxDays`), so each field can show its own, and lists them
 * all as sentences for the summary.
 *
 * @example
 * problemsByPath([{ path: ['rules', 0, 'title'], message: 'title must not be empty' }]).get('rules.0.title'); // ['title must not be empty']
 */
export function problemsByPath(problems: readonly PathProblem[]): ReadonlyMap<string, readonly string[]> {
  const byPath = new Map<string, string[]>();
  for (const problem of problems) {
    const where = problem.path.map(String).join('.');
    byPath.set(where, [...(byPath.get(where) ?? []), problem.message]);
  }
  return byPath;
}
