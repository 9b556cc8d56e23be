/** A validation problem as zod (classic or mini) reports it. */
interface SchemaIssue {
  readonly path: readonly PropertyKey[];
  readonly message: string;
}

/**
 * The first problems of a failed validation in words, each with its path under `root`, e.g.
 * `capacities.0.byQuarter.2027-Q5: "2027-Q5" is not a quarter: write it yyyy-Qn, e.g. 2027-Q1`.
 *
 * @example
 * describeSchemaIssues('bands', [{ path: ['amberFrom'], message: 'amberFrom must be a number' }]); // 'bands.amberFrom: amberFrom must be a number'
 */
export function describeSchemaIssues(root: string, issues: readonly SchemaIssue[], max = 3): string {
  const shown = issues.slice(0, max).map((issue) => `${[root, ...issue.path.map(String)].join('.')}: ${issue.message}`);
  const more = issues.length > max ? ` (and ${String(issues.length - max)} more)` : '';
  return shown.join('; ') + more;
}
