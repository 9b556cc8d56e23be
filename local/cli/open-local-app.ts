import { createLocalApp, type LocalApp } from '../forge-runtime/create-local-app';
import type { JiraFakeOptions } from '../jira-fake/create-jira-fake';
import type { CommonOptions } from './parse-common-options';
import { UsageError } from './parse-common-options';

/**
 * Starts the app for one CLI command, and works out who it acts as. Storage is in memory, or with `dataDir` the
 * local app's folder (e.g. `.data` of `npm start`), so what was kept there (baselines, templates) is used.
 */
export async function openLocalApp(options: CommonOptions, dataDir: string | null = null): Promise<{ app: LocalApp; accountId: string }> {
  if (options.source.kind === 'jira') {
    // Against a real site every call acts as the token's owner; the id only labels the invocation.
    return { app: await createLocalApp({ realJira: options.source.config, dataDir }), accountId: options.as ?? 'token-owner' };
  }
  const site = options.source.site;
  const accountId = options.as ?? site.users.find((u) => u.groups.includes('jira-administrators'))?.accountId ?? site.users[0]?.accountId;
  if (accountId === undefined) throw new UsageError(`${options.source.path} has no users; pass --as ACCOUNT_ID.`);
  if (!site.users.some((u) => u.accountId === accountId)) throw new UsageError(`No user with account id '${accountId}' in ${options.source.path}.`);
  return { app: await createLocalApp({ site, dataDir, fakeOptions: cliFakeOptions(options.now) }), accountId };
}

/**
 * The fake's options for a CLI command over a site file: its clock is the command's --now, and PMO_FAKE_TRAFFIC_LOG,
 * when set, names a JSON-lines file recording every request (so a contract audit can check what each command asked).
 */
export function cliFakeOptions(now: Date): JiraFakeOptions {
  const trafficLog = process.env.PMO_FAKE_TRAFFIC_LOG;
  return trafficLog === undefined || trafficLog === '' ? { now: () => now } : { now: () => now, trafficLog };
}
