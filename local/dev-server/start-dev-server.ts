import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { join, resolve } from 'node:path';
import type { z } from 'zod';
import { demoUsers } from '../demo/demo-users';
import type { LocalApp } from '../forge-runtime/create-local-app';
import type { SimulatedQueue } from '../forge-runtime/create-simulated-queue';
import { LOCAL_CLOUD_ID } from '../forge-runtime/install-forge-runtime';
import type { SiteFile } from '../site/site-file-schema';
import { askHarnessViewer } from './ask-harness-viewer';
import { bridgeStubSource } from './bridge-stub-source';
import { buildSurfaceContext, localMacro } from './build-surface-context';
import { contentTypeOf } from './content-type-of';
import { createCspReportLog, type CspReportLog } from './create-csp-report-log';
import { invokeBodySchema, macroConfigBodySchema, surfaceQuerySchema } from './dev-server-requests';
import { forgeContentSecurityPolicy } from './forge-content-security-policy';
import { injectLocalHost } from './inject-local-host';
import { loadThemeCss } from './load-theme-css';
import { createMacroConfigStore } from './macro-config-store';
import { parseCspReports } from './parse-csp-reports';
import { parseManifestPermissions } from './parse-manifest-permissions';
import { harnessChoicesFor, planSurfaceFrame, type HarnessSite } from './plan-surface-frame';
import { BodyTooLargeError, readRequestBody } from './read-request-body';
import { renderHarnessPage } from './render-harness-page';
import type { HarnessUser } from './resolve-harness-choices';
import { resolveStaticPath } from './resolve-static-path';
import { jsonError, jsonReply, sendReply, type Reply } from './send-reply';
import { findSurface, surfaceCatalog } from './surface-catalog';
import { surfaceFrameSrc } from './surface-frame-src';

export interface DevServerOptions {
  /**
   * The app the bridge calls. One made on a simulated clock (its `simulatedQueue`) has the jobs a call queues run as
   * soon as they are due on that clock, since nothing else moves such a queue; a job delayed past the clock's time
   * waits until something advances it.
   */
  readonly app: Pick<LocalApp, 'invokeResolver'> & { readonly simulatedQueue?: SimulatedQueue | null };
  /** The site the Jira fake serves; null when the app runs against a real Jira site. */
  readonly site: SiteFile | null;
  /** 0 (the default) picks a free port. */
  readonly port?: number;
  /** The UI build (static/build by default). */
  readonly staticDir?: string;
  /** Against a real site: the account the API token belongs to, the only user the harness can act as. */
  readonly actingUser?: HarnessUser;
  readonly siteUrl?: string;
  /** A JSON file keeping the macro's settings across restarts; in memory when absent or null. */
  readonly macroConfigFile?: string | null;
  /** The manifest whose permissions decide the surfaces' Content-Security-Policy (the project's manifest.yml by default). */
  readonly manifestFile?: string;
}

export interface DevServer {
  readonly url: string;
  /** The Content-Security-Policy violations browsers have reported from the surfaces (also GET /host/csp-reports). */
  readonly cspReports: Pick<CspReportLog, 'list' | 'subscribe'>;
  close(): Promise<void>;
}

/** Where surface frames post their CSP violation reports. */
const cspReportPath = '/host/csp-reports';
const noContent: Reply = { status: 204, contentType: 'text/plain; charset=utf-8', body: '' };

const describeIssues = (error: z.ZodError): string[] => error.issues.map((i) => `${i.path.map(String).join('.') || '(root)'}: ${i.message}`);

/**
 * Starts the local host on 127.0.0.1: the harness page at `/`, each surface's frame at `/surface/<moduleKey>`, the
 * build at `/static/`, and the bridge's back end at `/api/invoke` and `/api/macro-config`. Frames and build files are
 * served under the Content-Security-Policy Forge would give them (@forge/csp over manifest.yml's permissions), which
 * reports violations to `/host/csp-reports`.
 */
export async function startDevServer(options: DevServerOptions): Promise<DevServer> {
  const staticDir = resolve(options.staticDir ?? join(__dirname, '..', '..', 'static', 'build'));
  const host: HarnessSite = options.site
    ? { kind: 'site', site: options.site, preferredAccountId: demoUsers.executive.accountId }
    : { kind: 'real', actingUser: options.actingUser ?? { accountId: 'unknown-account', displayName: 'The API token owner' } };
  const siteUrl = options.siteUrl ?? options.site?.baseUrl ?? 'https://example.atlassian.net';
  const macroConfigs = createMacroConfigStore(options.macroConfigFile ?? null);
  const timezone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  let themeCss: string | undefined;
  const permissions = parseManifestPermissions(readFileSync(options.manifestFile ?? join(__dirname, '..', '..', 'manifest.yml'), 'utf8'));
  const cspReports = createCspReportLog();
  const simulatedQueue = options.app.simulatedQueue ?? null;
  // Due jobs run one batch after another, never two at once, as the simulated queue expects.
  let dueJobs: Promise<void> = Promise.resolve();
  const runDueJobs = (): void => {
    if (simulatedQueue === null) return;
    dueJobs = dueJobs.then(() => simulatedQueue.runDue());
  };
  // Known once listening; requests, and so policies, only come after that.
  let serverUrl = '';
  let assetPolicy: string | undefined;
  const policyFor = (document: string): string => forgeContentSecurityPolicy({ document, permissions, reportUri: `${serverUrl}${cspReportPath}`, siteUrl });
  /** Gives a reply Forge's policy for a file that is not an HTML document (a script, a style sheet, an error). */
  const underForgePolicy = (reply: Reply): Reply =>
    reply.headers?.['content-security-policy'] === undefined
      ? { ...reply, headers: { ...reply.headers, 'content-security-policy': (assetPolicy ??= policyFor('')) } }
      : reply;

  const parseBody = async <S extends z.ZodType>(request: IncomingMessage, schema: S): Promise<{ ok: true; data: z.infer<S> } | { ok: false; reply: Reply }> => {
    let value: unknown;
    try {
      value = JSON.parse(await readRequestBody(request));
    } catch (error) {
      if (error instanceof BodyTooLargeError) return { ok: false, reply: jsonError(413, 'PAYLOAD_TOO_LARGE', error.message) };
      return { ok: false, reply: jsonError(400, 'BAD_REQUEST', 'The request body is not valid JSON.') };
    }
    const parsed = schema.safeParse(value);
    if (parsed.success) return { ok: true, data: parsed.data };
    return { ok: false, reply: jsonError(400, 'BAD_REQUEST', 'The request body does not have the expected shape.', describeIssues(parsed.error)) };
  };

  const harnessPage = async (url: URL): Promise<Reply> => {
    const query = surfaceQuerySchema.safeParse(Object.fromEntries(url.searchParams));
    const choices = harnessChoicesFor(host, query.success ? query.data : {});
    const frames = surfaceCatalog.map((surface) => ({ surface, src: surfaceFrameSrc(surface, choices) }));
    const siteLine =
      host.kind === 'site'
        ? `Demo data: ${options.site?.name ?? 'site file'} (Jira fake), ${choices.projects.length} projects visible to ${choices.user.displayName}.`
        : `Real Jira site ${siteUrl}, read-only, as the API token's owner.`;
    const viewer = await askHarnessViewer(options.app, choices.user.accountId);
    return {
      status: 200,
      contentType: 'text/html; charset=utf-8',
      body: renderHarnessPage({ choices, siteLine, freeText: host.kind === 'real', frames, viewer }),
    };
  };

  const surfacePage = async (moduleKey: string, url: URL): Promise<Reply> => {
    const query = surfaceQuerySchema.safeParse(Object.fromEntries(url.searchParams));
    if (!query.success) return jsonError(400, 'BAD_REQUEST', 'The frame query is not valid.', describeIssues(query.error));
    const configView = query.data.view === 'config';
    const surface = findSurface(moduleKey, configView);
    if (!surface) return jsonError(404, 'NOT_FOUND', `The app has no ${configView ? 'config view for the' : ''} module "${moduleKey}".`);
    const plan = planSurfaceFrame(host, query.data);
    if (!plan.ok) return jsonError(plan.status, plan.status === 404 ? 'NOT_FOUND' : 'BAD_REQUEST', plan.message);
    const resourceDir = join(staticDir, configView ? 'config' : 'ui');
    let indexHtml: string;
    try {
      indexHtml = await readFile(join(resourceDir, 'index.html'), 'utf8');
    } catch {
      return jsonError(503, 'UI_NOT_BUILT', `No UI build in ${resourceDir}: run \`npx tsx scripts/build-ui.ts\` first.`);
    }
    const context = buildSurfaceContext({
      surface,
      accountId: plan.user.accountId,
      cloudId: LOCAL_CLOUD_ID,
      siteUrl,
      timezone,
      project: plan.project,
      issue: plan.issue,
      issueProject: plan.issueProject,
      macroConfig: surface.extensionType === 'macro' ? macroConfigs.get(localMacro.localId) : undefined,
    });
    const html = injectLocalHost(indexHtml, {
      baseHref: configView ? '/static/config/' : '/static/ui/',
      context,
      submittable: configView,
      themeCssUrl: '/host/tokens.css',
      bridgeStubUrl: '/host/bridge-stub.js',
    });
    // The policy is Forge's for the resource as deployed: computed from its own index.html, not the harness's additions.
    return { status: 200, contentType: 'text/html; charset=utf-8', body: html, headers: { 'content-security-policy': policyFor(indexHtml) } };
  };

  const staticFile = async (name: string): Promise<Reply> => {
    const file = resolveStaticPath(staticDir, name);
    if (file === null) return jsonError(404, 'NOT_FOUND', 'No such file in the UI build.');
    try {
      const body = await readFile(file);
      const contentType = contentTypeOf(file);
      return {
        status: 200,
        contentType,
        body,
        ...(contentType.startsWith('text/html') ? { headers: { 'content-security-policy': policyFor(body.toString('utf8')) } } : {}),
      };
    } catch {
      return jsonError(404, 'NOT_FOUND', 'No such file in the UI build.');
    }
  };

  const invoke = async (request: IncomingMessage): Promise<Reply> => {
    const parsed = await parseBody(request, invokeBodySchema);
    if (!parsed.ok) return parsed.reply;
    const body = parsed.data;
    if (!surfaceCatalog.some((s) => s.moduleKey === body.moduleKey)) return jsonError(400, 'BAD_REQUEST', `The app has no module "${body.moduleKey}".`);
    if (host.kind === 'site' && !host.site.users.some((u) => u.accountId === body.accountId))
      return jsonError(400, 'BAD_REQUEST', `No user on this site has the account id ${body.accountId}.`);
    try {
      return jsonReply(
        await options.app.invokeResolver({
          functionKey: body.functionKey,
          payload: body.payload ?? {},
          accountId: body.accountId,
          moduleKey: body.moduleKey,
          extension: body.extension,
        }),
      );
    } catch (error) {
      return jsonError(500, 'INVOCATION_FAILED', error instanceof Error ? error.message : String(error));
    } finally {
      runDueJobs();
    }
  };

  const saveMacroConfig = async (request: IncomingMessage): Promise<Reply> => {
    const parsed = await parseBody(request, macroConfigBodySchema);
    if (!parsed.ok) return parsed.reply;
    macroConfigs.set(parsed.data.localId, parsed.data.config);
    return jsonReply({ ok: true });
  };

  const receiveCspReport = async (request: IncomingMessage): Promise<Reply> => {
    let body: string;
    try {
      body = await readRequestBody(request);
    } catch (error) {
      if (error instanceof BodyTooLargeError) return jsonError(413, 'PAYLOAD_TOO_LARGE', error.message);
      throw error;
    }
    const reports = parseCspReports(body);
    if (reports === null) return jsonError(400, 'BAD_REQUEST', 'The body is not a Content-Security-Policy violation report.');
    for (const report of reports) cspReports.record(report);
    return noContent;
  };

  const route = async (request: IncomingMessage): Promise<Reply> => {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    const method = request.method ?? 'GET';
    const read = method === 'GET' || method === 'HEAD';
    const path = url.pathname;
    const onlyMethod = (allowed: string): Reply => ({
      ...jsonError(405, 'METHOD_NOT_ALLOWED', `${path} answers ${allowed} only.`),
      headers: { allow: allowed },
    });
    if (path === '/') return read ? await harnessPage(url) : onlyMethod('GET');
    if (path.startsWith('/surface/'))
      return underForgePolicy(read ? await surfacePage(decodeURIComponent(path.slice('/surface/'.length)), url) : onlyMethod('GET'));
    if (path.startsWith('/static/')) return underForgePolicy(read ? await staticFile(path.slice('/static/'.length)) : onlyMethod('GET'));
    if (path === '/favicon.ico') return read ? staticFile('ui/icon.svg') : onlyMethod('GET');
    if (path === '/host/bridge-stub.js')
      return read ? { status: 200, contentType: 'text/javascript; charset=utf-8', body: bridgeStubSource } : onlyMethod('GET');
    if (path === '/host/tokens.css')
      return read ? { status: 200, contentType: 'text/css; charset=utf-8', body: (themeCss ??= loadThemeCss()) } : onlyMethod('GET');
    if (path === '/api/invoke') return method === 'POST' ? invoke(request) : onlyMethod('POST');
    if (path === cspReportPath)
      return method === 'POST' ? receiveCspReport(request) : read ? jsonReply({ reports: cspReports.list() }) : onlyMethod('GET, POST');
    if (path === '/api/macro-config') return method === 'POST' ? saveMacroConfig(request) : onlyMethod('POST');
    return jsonError(404, 'NOT_FOUND', `Nothing is served at ${path}.`);
  };

  const handle = (request: IncomingMessage, response: ServerResponse): void => {
    route(request).then(
      (reply) => {
        sendReply(response, reply, request.method === 'HEAD');
      },
      (error: unknown) => {
        sendReply(response, jsonError(500, 'INTERNAL', error instanceof Error ? error.message : 'The local server failed.'));
      },
    );
  };

  const server = createServer(handle);
  await new Promise<void>((done, fail) => {
    server.once('error', fail);
    server.listen(options.port ?? 0, '127.0.0.1', () => {
      done();
    });
  });
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('The dev server is not listening on a TCP port.');
  serverUrl = `http://127.0.0.1:${address.port}`;
  return {
    url: serverUrl,
    cspReports: { list: () => cspReports.list(), subscribe: (listener) => cspReports.subscribe(listener) },
    close: async () => {
      await new Promise<void>((done, fail) => {
        server.close((error) => {
          if (error) fail(error);
          else done();
        });
        server.closeAllConnections();
      });
      await dueJobs;
    },
  };
}
