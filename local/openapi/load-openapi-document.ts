import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

/** The file name of Atlassian's Jira platform REST v3 OpenAPI document, kept beside the project, never in it. */
export const OPENAPI_DOCUMENT_NAME = 'jira-platform-rest-v3.openapi.json';

function projectRoots(): string[] {
  const roots: string[] = [];
  for (const start of [__dirname, process.cwd()]) {
    let dir = resolve(start);
    for (;;) {
      if (existsSync(join(dir, 'package.json')) && !dir.split(/[\\/]/).includes('node_modules')) roots.push(dir);
      const parent = dirname(dir);
      if (parent === dir) break;
      dir = parent;
    }
  }
  return roots;
}

/** Where the document is expected: `<repo>/../shared/contracts/jira-platform-rest-v3.openapi.json`. */
export function expectedOpenApiDocumentPath(): string {
  const [root] = projectRoots();
  return join(root ?? process.cwd(), '..', 'shared', 'contracts', OPENAPI_DOCUMENT_NAME);
}

/**
 * The path of the official Jira OpenAPI document beside the project (`<repo>/../shared/contracts/...`), or null when
 * it is absent, so callers can say so rather than pass silently.
 */
export function findOpenApiDocumentPath(): string | null {
  for (const root of projectRoots()) {
    const candidate = join(root, '..', 'shared', 'contracts', OPENAPI_DOCUMENT_NAME);
    if (existsSync(candidate)) return candidate;
  }
  return null;
}

/** Reads and parses an OpenAPI document (about 2.4 MB for Jira's). */
export function loadOpenApiDocument(path: string): unknown {
  return JSON.parse(readFileSync(path, 'utf8'));
}
