/**
 * The problems at a path or anywhere below it, e.g. every problem of rule 2 for `rules.2`, each with its path from there.
 *
 * @example
 * problemsUnder(new Map([['rules.2.maxDays', ['must be at least 1 day']]]), 'rules.2'); // ['maxDays: must be at least 1 day']
 */
export function problemsUnder(byPath: ReadonlyMap<string, readonly string[]>, prefix: string): string[] {
  const found: string[] = [];
  for (const [path, messages] of byPath) {
    if (path === prefix) found.push(...messages);
    else if (path.startsWith(`${prefix}.`)) for (const message of messages) found.push(`${path.slice(prefix.length + 1)}: ${message}`);
  }
  return found;
}
