/**
 * Every value of a repeatable query parameter, each also split on commas, as Jira reads `fields=a,b&fields=c`.
 *
 * @example
 * queryList(new URLSearchParams('fields=a,b&fields=c'), 'fields'); // ['a', 'b', 'c']
 */
export function queryList(query: URLSearchParams, name: string): string[] {
  return query
    .getAll(name)
    .flatMap((v) => v.split(','))
    .map((v) => v.trim())
    .filter((v) => v !== '');
}

/**
 * An integer query parameter: its default when absent, null when present but not an integer.
 *
 * @example
 * queryInteger(new URLSearchParams('maxResults=20'), 'maxResults', 50); // 20
 */
export function queryInteger(query: URLSearchParams, name: string, fallback: number): number | null {
  const raw = query.get(name);
  if (raw === null || raw.trim() === '') return fallback;
  return /^-?\d+$/.test(raw.trim()) ? Number(raw) : null;
}

/** A boolean query parameter: true only for "true" in any letter case. */
export function queryBoolean(query: URLSearchParams, name: string): boolean {
  return query.get(name)?.toLowerCase() === 'true';
}
