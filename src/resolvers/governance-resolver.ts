import api from '@forge/api';
import type { Request } from '@forge/resolver';
import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import type { Envelope } from '../contract/envelope';
import { createViewerDirectory } from '../adapters/jira/create-viewer-directory';
import { createJqlMatcher } from '../adapters/jira/create-jql-matcher';
import { findJqlError } from '../adapters/jira/find-jql-error';
import { createJiraClient } from '../adapters/jira/jira-client';
import { createGovernanceStore } from '../adapters/kvs/create-governance-store';
import { createTemplateStore } from '../adapters/kvs/create-template-store';
import type { GovernanceDeps } from '../app/governance/governance-deps';
import { GovernanceError } from '../app/governance/governance-error';
import { ResolverFailure } from './resolver-failure';
import { toErrorEnvelope } from './to-error-envelope';

const contextSchema = z.object({ accountId: z.string().min(1) });

/** Orders audit entries written in the same millisecond by this instance (keys sort by time, then by this id). */
let auditSequence = 0;

function governanceDeps(context: unknown): GovernanceDeps {
  const caller = contextSchema.safeParse(context);
  if (!caller.success) throw new ResolverFailure('FORBIDDEN', 'Governance settings need a signed-in Jira user.');
  const client = createJiraClient(api.asUser());
  const viewer = createViewerDirectory(client);
  let admin: Promise<boolean> | null = null;
  return {
    templates: createTemplateStore(),
    governance: createGovernanceStore(),
    actor: caller.data.accountId,
    // A missing name must not stop a change from being recorded: the account id is always kept.
    actorName: () => viewer.myself().then((me) => me.displayName, () => null),
    // Asked of Jira as the caller, once per request, whatever page the call came from.
    isAdmin: () => (admin ??= viewer.isJiraAdmin()),
    browsableProjects: async () => (await viewer.browsableProjects()).map((p) => ({ key: p.key, name: p.name })),
    jqlError: (jql) => findJqlError(client, jql),
    jqlMatchIds: createJqlMatcher(client),
    now: () => new Date(),
    newId: () => `${String((auditSequence += 1)).padStart(9, '0')}-${randomUUID()}`,
  };
}

/**
 * Wraps a governance use case as a resolver: validates the payload with `schema`, builds the use case's dependencies
 * for the calling user, and answers an envelope (a refused request with its contract code).
 */
export function governanceResolver<P, T>(schema: z.ZodType<P>, run: (deps: GovernanceDeps, payload: P) => Promise<T>): (request: Request<unknown>) => Promise<Envelope<T>> {
  return async (request) => {
    try {
      const deps = governanceDeps(request.context);
      const payload = schema.parse(request.payload ?? {});
      return { ok: true, data: await run(deps, payload) };
    } catch (error) {
      if (error instanceof GovernanceError) return { ok: false, error: { code: error.code, message: error.message } };
      return toErrorEnvelope(error);
    }
  };
}
