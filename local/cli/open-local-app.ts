import { createLocalApp, type LocalApp } from '../forge-runtime/create-local-app';
import type { CommonOptions } from './parse-common-options';
import { UsageError } from './parse-common-options';

/** Starts the app in memory for one CLI command, and works out who it acts as. */
export async function openLocalApp(options: CommonOptions): Promise<{ app: LocalApp; accountId: string }> {
  if (options.source.kind === 'jira') {
    // Against a real site every call acts as the token's owner; the id only labels the invocation.
    return { app: await createLocalApp({ realJira: options.source.config, dataDir: null }), accountId: options.as ?? 'token-owner' };
  }
  const site = options.source.site;
  const accountId = options.as ?? site.users.find((u) => u.groups.includes('jira-administrators'))?.accountId ?? site.users[0]?.accountId;
  if (accountId === undefined) throw new UsageError(`${options.source.path} has no users; pass --as ACCOUNT_ID.`);
  if (!site.users.some((u) => u.accountId === accountId)) throw new UsageError(`No user with account id '${accountId}' in ${options.source.path}.`);
  const fakeNow = options.now;
  return { app: await createLocalApp({ site, dataDir: null, fakeOptions: { now: () => fakeNow } }), accountId };
}
