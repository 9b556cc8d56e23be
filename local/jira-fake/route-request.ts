import type { Handler } from './handlers/handler-context';
import { compareTemplateSpecificity } from '../openapi/compare-template-specificity';
import { matchPathTemplate } from '../openapi/match-path-template';
import { ROUTES, type Route } from './routes';

export type RouteResult =
  | { readonly kind: 'handler'; readonly template: string; readonly handler: Handler; readonly params: Readonly<Record<string, string>> }
  | { readonly kind: 'method-not-allowed'; readonly template: string; readonly allowed: readonly string[] }
  | { readonly kind: 'not-found' };

const BY_SPECIFICITY: readonly Route[] = [...ROUTES].sort((a, b) => compareTemplateSpecificity(a.template, b.template));

/**
 * Finds the handler of a request: the most specific template that fits the path and answers the method; when the
 * path fits only templates without that method, a 405 with the methods they allow.
 *
 * @example
 * routeRequest('GET', '/rest/api/3/issue/PMO-1'); // { kind: 'handler', template: '/rest/api/3/issue/{issueIdOrKey}', ... }
 */
export function routeRequest(method: string, path: string): RouteResult {
  const fitting = BY_SPECIFICITY.flatMap((route) => {
    const params = matchPathTemplate(route.template, path);
    return params === null ? [] : [{ route, params }];
  });
  for (const { route, params } of fitting) {
    const handler = route.methods[method.toUpperCase()];
    if (handler) return { kind: 'handler', template: route.template, handler, params };
  }
  const [first] = fitting;
  if (first === undefined) return { kind: 'not-found' };
  return { kind: 'method-not-allowed', template: first.route.template, allowed: Object.keys(first.route.methods) };
}
