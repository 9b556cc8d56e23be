import { generateDemoSite } from '../../../local/demo/generate-demo-site';
import { createLocalApp, type LocalApp } from '../../../local/forge-runtime/create-local-app';
import type { JiraFakeOptions } from '../../../local/jira-fake/create-jira-fake';
import type { SiteFile } from '../../../local/site/site-file-schema';
import type { ResolverCall } from './resolver-calls';
import type { LooseEnvelope } from './run-admin-writes';

export interface RefreshedDemoApp {
  readonly site: SiteFile;
  readonly app: LocalApp;
  /** Runs one resolver call as `accountId`, exactly as Forge would. */
  invoke(call: ResolverCall, accountId: string): Promise<LooseEnvelope>;
}

/** The demo site in the local runtime (in-memory KVS), after the daily refresh has stored every project's roll-up. */
export async function openRefreshedDemoApp(now: Date, fakeOptions: JiraFakeOptions = {}): Promise<RefreshedDemoApp> {
  const site = generateDemoSite({ now });
  const app = await createLocalApp({ site, dataDir: null, fakeOptions: { now: () => now, ...fakeOptions } });
  await app.fireDailySnapshot();
  await app.queue.drain();
  if (app.queue.failures.length > 0) throw new Error(`The demo refresh failed: ${JSON.stringify(app.queue.failures)}`);
  return {
    site,
    app,
    invoke: async (call, accountId) =>
      (await app.invokeResolver({
        functionKey: call.functionKey,
        payload: call.payload,
        moduleKey: call.moduleKey,
        extension: call.extension,
        accountId,
      })) as LooseEnvelope,
  };
}
