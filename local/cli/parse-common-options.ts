import { loadSiteFile } from '../site/load-site-file';
import type { SiteFile } from '../site/site-file-schema';
import type { RealJiraConfig } from '../forge-runtime/real-jira-target';

/** Options every pmo command shares: where the data comes from, who acts, what "now" is, and the output format. */
export interface CommonOptions {
  readonly source: { kind: 'site'; site: SiteFile; path: string } | { kind: 'jira'; config: RealJiraConfig };
  readonly as: string | null;
  readonly now: Date;
  readonly json: boolean;
}

export class UsageError extends Error {
  override readonly name = 'UsageError';
}

export interface RawCommonOptions {
  site?: string | undefined;
  jira?: string | undefined;
  as?: string | undefined;
  now?: string | undefined;
  json?: boolean | undefined;
}

export const commonOptionSpec = {
  site: { type: 'string' },
  jira: { type: 'string' },
  as: { type: 'string' },
  now: { type: 'string' },
  json: { type: 'boolean' },
} as const;

export function parseCommonOptions(raw: RawCommonOptions, env: NodeJS.ProcessEnv): CommonOptions {
  if ((raw.site === undefined) === (raw.jira === undefined)) throw new UsageError('Give exactly one of --site FILE or --jira URL.');
  const now = raw.now === undefined ? new Date() : new Date(raw.now);
  if (Number.isNaN(now.getTime())) throw new UsageError(`--now must be an ISO date-time such as 2026-11-20T12:00:00Z, not '${raw.now ?? ''}'.`);
  const as = raw.as ?? null;
  const json = raw.json === true;
  if (raw.site !== undefined) return { source: { kind: 'site', site: loadSiteFile(raw.site), path: raw.site }, as, now, json };
  const email = env.JIRA_EMAIL;
  const apiToken = env.JIRA_API_TOKEN;
  if (!email || !apiToken) throw new UsageError('--jira needs JIRA_EMAIL and JIRA_API_TOKEN in the environment.');
  return { source: { kind: 'jira', config: { baseUrl: (raw.jira ?? '').replace(/\/+$/, ''), email, apiToken } }, as, now, json };
}
