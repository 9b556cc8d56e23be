import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { JiraFake } from './create-jira-fake';
import { createSiteIndex, type SiteIndex } from './create-site-index';
import { NOT_AUTHENTICATED } from './answer-request';
import { identifyHttpCaller } from './identify-http-caller';

function readBody(request: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      resolve(Buffer.concat(chunks).toString('utf8'));
    });
    request.on('error', reject);
  });
}

function isConnectionReset(error: unknown): boolean {
  return error instanceof TypeError && error.cause instanceof Error && 'code' in error.cause && error.cause.code === 'ECONNRESET';
}

function flatHeaders(request: IncomingMessage): Record<string, string> {
  return Object.fromEntries(
    Object.entries(request.headers).flatMap(([name, value]) => (value === undefined ? [] : [[name, Array.isArray(value) ? value.join(', ') : value]])),
  );
}

async function serve(fake: JiraFake, index: SiteIndex, request: IncomingMessage, response: ServerResponse): Promise<void> {
  const caller = identifyHttpCaller(request.headers, index);
  if ('unauthenticated' in caller) {
    response.writeHead(401, { 'Content-Type': 'application/json;charset=UTF-8', 'WWW-Authenticate': 'Basic realm="protected-area"' });
    response.end(JSON.stringify({ errorMessages: [NOT_AUTHENTICATED], errors: {} }));
    return;
  }
  const body = await readBody(request);
  try {
    const answer = await fake.handle({
      method: request.method ?? 'GET',
      path: request.url ?? '/',
      headers: flatHeaders(request),
      accountId: caller.accountId,
      ...(body === '' ? {} : { body }),
    });
    response.writeHead(answer.status, Object.fromEntries(answer.headers.entries()));
    response.end(Buffer.from(await answer.arrayBuffer()));
  } catch (error) {
    if (isConnectionReset(error)) {
      request.socket.destroy();
      return;
    }
    response.writeHead(500, { 'Content-Type': 'application/json;charset=UTF-8' });
    response.end(JSON.stringify({ errorMessages: ['Internal server error'], errors: {} }));
  }
}

/**
 * Serves a Jira fake over HTTP on 127.0.0.1 only (port 0 picks a free one), for clients that speak HTTP: the export
 * command, curl, a browser. Callers identify as described in identifyHttpCaller; an injected connection reset
 * destroys the socket, as a dropped connection would.
 *
 * @example
 * const server = await startJiraFakeServer(createJiraFake(site), { port: 0 });
 * await fetch(`${server.url}/rest/api/3/myself`, { headers: { 'X-Pmo-Account-Id': 'alice' } });
 * await server.close();
 */
export function startJiraFakeServer(fake: JiraFake, options: { port?: number } = {}): Promise<{ url: string; close(): Promise<void> }> {
  const index = createSiteIndex(fake.site);
  const server = createServer((request, response) => {
    serve(fake, index, request, response).catch(() => {
      request.socket.destroy();
    });
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address !== null ? address.port : 0;
      resolve({
        url: `http://127.0.0.1:${port}`,
        close: () =>
          new Promise<void>((done, fail) => {
            server.closeAllConnections();
            server.close((error) => {
              if (error) fail(error);
              else done();
            });
          }),
      });
    });
  });
}
