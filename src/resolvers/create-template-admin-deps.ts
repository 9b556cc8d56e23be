import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { createViewerDirectory } from '../adapters/jira/create-viewer-directory';
import { createJqlMatcher } from '../adapters/jira/create-jql-matcher';
import { findJqlError } from '../adapters/jira/find-jql-error';
import type { JiraClient } from '../adapters/jira/jira-client';
import { createResolverJiraClient } from './create-resolver-jira-client';
import { createBaselineStore } from '../adapters/kvs/create-baseline-store';
import { createFieldMappingStore } from '../adapters/kvs/create-field-mapping-store';
import { createRagOverrideStore } from '../adapters/kvs/create-rag-override-store';
import { createRollupStore } from '../adapters/kvs/create-rollup-store';
import { createSnapshotStore } from '../adapters/kvs/create-snapshot-store';
import { createTemplateStore } from '../adapters/kvs/create-template-store';
import { createWorkItemStore } from '../adapters/kvs/create-work-item-store';
import type { TemplateAdminDeps } from '../app/templates/template-admin-deps';
import { ResolverFailure } from './resolver-failure';

const contextSchema = z.object({ accountId: z.string().min(1) });

/** Orders audit entries written in the same millisecond by this instance (keys sort by time, then by this id). */
let auditSequence = 0;

/**
 * The settings use cases' dependencies (templates and assignments, baselines, colour overrides) for the calling user
 * (from the invocation's context), reading Jira as them; FORBIDDEN without a signed-in user. `now` is the clock the
 * use cases stamp changes with; `client` the invocation's Jira client, when the caller already has one (its retry wait
 * budget is the invocation's).
 */
export function createTemplateAdminDeps(
  context: unknown,
  now: () => Date,
  client: JiraClient = createResolverJiraClient(() => now().getTime()),
): TemplateAdminDeps {
  const caller = contextSchema.safeParse(context);
  if (!caller.success) throw new ResolverFailure('FORBIDDEN', 'Governance settings need a signed-in Jira user.');
  const viewer = createViewerDirectory(client);
  let admin: Promise<boolean> | null = null;
  let browsable: Promise<readonly { readonly key: string; readonly name: string }[]> | null = null;
  return {
    templates: createTemplateStore(),
    rollups: createRollupStore(),
    workItems: createWorkItemStore(),
    snapshots: createSnapshotStore(),
    fieldMappings: createFieldMappingStore(),
    baselines: createBaselineStore(),
    ragOverrides: createRagOverrideStore(),
    actor: caller.data.accountId,
    // A missing name must not stop a change from being recorded: the account id is always kept.
    actorName: () =>
      viewer.myself().then(
        (me) => me.displayName,
        () => null,
      ),
    // Asked of Jira as the caller, once per request, whatever page the call came from.
    isAdmin: () => (admin ??= viewer.isJiraAdmin()),
    // Also once per request: a use case may check access and then answer a view that checks it again.
    browsableProjects: () => (browsable ??= viewer.browsableProjects().then((projects) => projects.map((p) => ({ key: p.key, name: p.name })))),
    jqlError: (jql) => findJqlError(client, jql),
    jqlMatchIds: createJqlMatcher(client),
    now,
    newId: () => `${String((auditSequence += 1)).padStart(9, '0')}-${randomUUID()}`,
    newSuffix: () => randomUUID().replaceAll('-', '').slice(0, 8),
  };
}
