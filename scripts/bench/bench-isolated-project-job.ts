import { demoUsers } from '../../local/demo/demo-users';
import { generateDemoSite } from '../../local/demo/generate-demo-site';
import { createJiraFake } from '../../local/jira-fake/create-jira-fake';
import { startJiraFakeServer } from '../../local/jira-fake/start-jira-fake-server';
import type { RefreshJobBody } from '../../src/adapters/events/refresh-queue';
import type { IsolatedJobMeasure } from './isolated-job-measure';
import { largestProject } from './largest-project';
import { spawnIsolatedJob } from './spawn-isolated-job';

/** One project job measured in a process of its own, at one site size. */
export interface IsolatedJobRow {
  /** Issues in the whole site. */
  readonly size: number;
  /** Issues of the project in the site, to compare with what the job stored. */
  readonly projectIssues: number;
  readonly measure: IsolatedJobMeasure;
  /** Requests the fake answered while the child ran, by "METHOD /path-template". */
  readonly byEndpoint: Readonly<Record<string, number>>;
  readonly fakeRequests: number;
}

/**
 * Serves a generated `size`-issue demo site over HTTP and runs a full refresh of its largest project in a child
 * process, as the job the daily full refresh queues for it (carrying the project as the listing gave it). The child
 * starts with an empty store, so it also discovers the custom fields and the time zone, which the daily job would
 * have stored before: a few small requests more than a queued job makes. With `firstProjectIssues`, the site's first
 * project is made that large, so one very large project's job is what is measured.
 */
export async function benchIsolatedProjectJob(size: number, now: Date, firstProjectIssues?: number): Promise<IsolatedJobRow> {
  const site = generateDemoSite(firstProjectIssues === undefined ? { now, scale: size } : { now, scale: size, firstProjectIssues });
  const largest = largestProject(site.issues.map((issue) => issue.key));
  const project = site.projects.find((candidate) => candidate.key === largest?.key);
  if (largest === null || project === undefined) throw new Error(`The ${size}-issue site has no project with issues.`);
  const job: RefreshJobBody = {
    kind: 'project',
    projectKey: project.key,
    mode: 'full',
    requestedAt: now.toISOString(),
    project: { name: project.name, category: project.projectCategory?.name ?? null, leadId: project.lead?.accountId ?? null },
  };
  const fake = createJiraFake(site, { now: () => now });
  const server = await startJiraFakeServer(fake, { port: 0 });
  try {
    fake.resetTraffic();
    // The administrator browses every project, as the app does; the fake checks no token.
    const measure = await spawnIsolatedJob(job, { baseUrl: server.url, email: demoUsers.admin.emailAddress, apiToken: 'local' });
    const traffic = fake.traffic();
    return { size, projectIssues: largest.issues, measure, byEndpoint: traffic.byEndpoint, fakeRequests: traffic.total };
  } finally {
    await server.close();
  }
}
