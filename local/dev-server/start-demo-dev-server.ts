import { generateDemoSite } from '../demo/generate-demo-site';
import { createLocalApp, type LocalApp } from '../forge-runtime/create-local-app';
import { createSimulatedClock, type SimulatedClock } from '../forge-runtime/create-simulated-clock';
import type { SiteFile } from '../site/site-file-schema';
import { seedDemoChangeControl } from './seed-demo-change-control';
import { seedDemoIntake } from './seed-demo-intake';
import { startDevServer, type DevServer } from './start-dev-server';

export interface DemoDevServerOptions {
  /** The moment the demo site is generated at and the app's clock starts from; it moves only when a queued job waits for a later time. */
  readonly now: Date;
  /** The site the Jira fake serves; the demo site generated at `now` when absent. */
  readonly site?: SiteFile;
  /** Runs one daily refresh before the server takes requests, as `npm start` does; true when absent. */
  readonly refresh?: boolean;
  /** Storage directory; in memory when absent or null. */
  readonly dataDir?: string | null;
  /** A JSON file keeping the macro's settings across restarts; in memory when absent or null. */
  readonly macroConfigFile?: string | null;
  /** 0 (the default) picks a free port. */
  readonly port?: number;
}

export interface DemoDevServer extends DevServer {
  readonly app: LocalApp;
  readonly site: SiteFile;
  /** The clock the resolvers, triggers, jobs and the Jira fake all read. */
  readonly clock: SimulatedClock;
}

/**
 * Starts the dev server on the demo site with the whole local app on one simulated clock, so what the app computes
 * (ages, staleness, due dates, the last day an override may take) is the same whenever it runs. Closing it closes the
 * server, then the app.
 *
 * @example
 * const demo = await startDemoDevServer({ now: new Date('2026-11-20T12:00:00Z') });
 * // demo.url serves the harness; demo.clock.now() is 2026-11-20T12:00:00Z unless a delayed job moved it on
 * await demo.close();
 */
export async function startDemoDevServer(options: DemoDevServerOptions): Promise<DemoDevServer> {
  const clock = createSimulatedClock(options.now);
  const site = options.site ?? generateDemoSite({ now: options.now });
  const app = await createLocalApp({ site, dataDir: options.dataDir ?? null, clock });
  // Approved baselines, decisions, intake records and capacities are the app's data, not Jira's: the demo starts with some.
  await seedDemoChangeControl(site, options.now);
  await seedDemoIntake(site, options.now);
  if (options.refresh ?? true) {
    await app.fireDailySnapshot();
    await app.queue.drain();
  }
  const server = await startDevServer({
    app,
    site,
    macroConfigFile: options.macroConfigFile ?? null,
    ...(options.port === undefined ? {} : { port: options.port }),
  });
  return {
    url: server.url,
    cspReports: server.cspReports,
    app,
    site,
    clock,
    close: async () => {
      await server.close();
      await app.close();
    },
  };
}
