import type { IncomingHttpHeaders } from 'node:http';
import type { SiteIndex } from './create-site-index';

/** Who an HTTP request acts as: an account, the app itself (null), or nobody known (unauthenticated). */
export type HttpCaller = { readonly accountId: string | null } | { readonly unauthenticated: true };

function header(headers: IncomingHttpHeaders, name: string): string | undefined {
  const value = headers[name];
  return Array.isArray(value) ? value[0] : value;
}

/**
 * Reads the caller of an HTTP request to the fake: `X-Pmo-Account-Id: <accountId>`, `X-Pmo-As-App: true` for the app
 * itself, or Basic auth `email:anything` where the user part is a site user's e-mail address or account id (the
 * token is not checked: the fake holds no secrets). Anything else is unauthenticated.
 */
export function identifyHttpCaller(headers: IncomingHttpHeaders, index: SiteIndex): HttpCaller {
  const accountId = header(headers, 'x-pmo-account-id');
  if (accountId !== undefined && accountId !== '') return { accountId };
  if (header(headers, 'x-pmo-as-app')?.toLowerCase() === 'true') return { accountId: null };
  const authorization = /^Basic\s+(.+)$/i.exec(header(headers, 'authorization') ?? '')?.[1];
  if (authorization === undefined) return { unauthenticated: true };
  const decoded = Buffer.from(authorization, 'base64').toString('utf8');
  const user = index.findUser(decoded.slice(0, decoded.includes(':') ? decoded.indexOf(':') : decoded.length));
  return user === undefined ? { unauthenticated: true } : { accountId: user.accountId };
}
