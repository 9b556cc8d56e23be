/**
 * Orders templates so that literal segments win over parameters, segment by segment (`/search/jql` before
 * `/search/{x}`), as routers of the real API do.
 *
 * @example
 * ['/issue/{id}', '/issue/bulkfetch'].sort(compareTemplateSpecificity); // ['/issue/bulkfetch', '/issue/{id}']
 */
export function compareTemplateSpecificity(a: string, b: string): number {
  const left = a.split('/');
  const right = b.split('/');
  for (let i = 0; i < Math.min(left.length, right.length); i += 1) {
    const leftParam = left[i]?.startsWith('{') ?? false;
    const rightParam = right[i]?.startsWith('{') ?? false;
    if (leftParam !== rightParam) return leftParam ? 1 : -1;
  }
  return 0;
}
