import { randomUUID } from 'node:crypto';
import { pushRefreshJobs } from '../adapters/events/refresh-queue';
import { createChangeControlJira } from '../adapters/jira/create-change-control-jira';
import { createJqlMatcher } from '../adapters/jira/create-jql-matcher';
import { createRaidJira } from '../adapters/jira/create-raid-jira';
import { createReportJira } from '../adapters/jira/create-report-jira';
import { createViewerDirectory } from '../adapters/jira/create-viewer-directory';
import { createApprovedBaselineStore } from '../adapters/kvs/create-approved-baseline-store';
import { createBaselineStore } from '../adapters/kvs/create-baseline-store';
import { createCapacityStore } from '../adapters/kvs/create-capacity-store';
import { createChangeDecisionStore } from '../adapters/kvs/create-change-decision-store';
import { createFieldMappingStore } from '../adapters/kvs/create-field-mapping-store';
import { createFrozenReportStore } from '../adapters/kvs/create-frozen-report-store';
import { createIntakeSettingsStore } from '../adapters/kvs/create-intake-settings-store';
import { createProposalDecisionStore } from '../adapters/kvs/create-proposal-decision-store';
import { createProposalDeliveryStore } from '../adapters/kvs/create-proposal-delivery-store';
import { createReviewerScoreStore } from '../adapters/kvs/create-reviewer-score-store';
import { createScoringModelStore } from '../adapters/kvs/create-scoring-model-store';
import { createPointsLedger } from '../adapters/kvs/create-points-ledger';
import { createSnapshotStore } from '../adapters/kvs/create-snapshot-store';
import { createTemplateStore } from '../adapters/kvs/create-template-store';
import { createWorkItemStore } from '../adapters/kvs/create-work-item-store';
import { loadReadingStatus } from '../adapters/kvs/load-reading-status';
import { pendingChangeStore } from '../adapters/kvs/pending-change-store';
import { refreshRequestStore } from '../adapters/kvs/refresh-request-store';
import { refreshThrottleStore } from '../adapters/kvs/refresh-throttle-store';
import type { ChangeControlDeps } from '../app/change-control/change-control-deps';
import type { IntakeDeps } from '../app/intake/intake-deps';
import { templateForProject } from '../app/templates/template-for-project';
import type { TemplateAdminDeps } from '../app/templates/template-admin-deps';
import { createTemplateAdminDeps } from './create-template-admin-deps';
import { createResolverJiraClient } from './create-resolver-jira-client';
import { createShownRollupStore } from './create-shown-rollup-store';
import { macroIdOf } from './macro-id-of';
import type { ResolverDeps } from './resolver-deps';

const callerOf = (context: unknown): string | null =>
  typeof context === 'object' && context !== null && 'accountId' in context && typeof context.accountId === 'string' && context.accountId !== ''
    ? context.accountId
    : null;

/**
 * The production wiring of every resolver: Forge's KVS, the refresh queue, and Jira as the caller through one
 * metered, retrying client per invocation. `now` is the clock every resolver reads (the system clock in Forge; tests
 * and the local harness may give another). Returns the deps factory the resolver handler calls once per invocation.
 *
 * @example
 * const handler = createResolverHandler(createResolverDeps(() => new Date('2026-11-20T12:00:00Z')));
 */
export function createResolverDeps(now: () => Date = () => new Date()): (context: unknown) => ResolverDeps {
  return (context) => {
    const client = createResolverJiraClient(() => now().getTime());
    const queueFullRefresh = (reason: 'manual' | 'reread', requestedAt: string): Promise<void> => pushRefreshJobs([{ kind: 'full', reason, requestedAt }]);
    // Built on first use, then kept: the caller's admin standing and projects are asked of Jira once per invocation.
    let templateAdminDeps: TemplateAdminDeps | null = null;
    const templateAdmin = (): TemplateAdminDeps => (templateAdminDeps ??= createTemplateAdminDeps(context, now, client));
    const templates = createTemplateStore();
    const changeControl: ChangeControlDeps = {
      jira: createChangeControlJira(client),
      fieldMappings: createFieldMappingStore(),
      baselines: createApprovedBaselineStore(),
      decisions: createChangeDecisionStore(),
      templateFor: (projectKey) => templateForProject(templates, projectKey),
      now,
    };
    const viewer = createViewerDirectory(client);
    // The board and its capacity check both ask for the viewer's projects: Jira is asked once per invocation.
    let browsable: ReturnType<typeof viewer.browsableProjects> | null = null;
    const intakeViewer = { ...viewer, browsableProjects: () => (browsable ??= viewer.browsableProjects()) };
    const intake: IntakeDeps = {
      viewer: intakeViewer,
      jira: changeControl.jira,
      workItems: createWorkItemStore(),
      rollups: createShownRollupStore(now),
      settings: createIntakeSettingsStore(),
      models: createScoringModelStore(),
      scores: createReviewerScoreStore(),
      decisions: createProposalDecisionStore(),
      // The capacity tab's reads (as capacityReadDepsOf gives getCapacity), for the approval check.
      capacity: {
        viewer: intakeViewer,
        rollups: createShownRollupStore(now),
        workItems: createWorkItemStore(),
        capacities: createCapacityStore(),
        templateFor: changeControl.templateFor,
        intakeSettings: createIntakeSettingsStore(),
      },
      now,
      deliveries: createProposalDeliveryStore(),
    };
    return {
      now,
      accountId: callerOf(context),
      macroId: macroIdOf(context),
      viewer,
      raidJira: createRaidJira(client),
      reportJira: createReportJira(client),
      jqlMatchIds: createJqlMatcher(client),
      shownRollups: createShownRollupStore(now),
      workItems: createWorkItemStore(),
      snapshots: createSnapshotStore(),
      fieldMappings: createFieldMappingStore(),
      pendingChanges: pendingChangeStore,
      templates,
      baselines: createBaselineStore(),
      frozen: createFrozenReportStore(),
      readingStatus: loadReadingStatus,
      refreshRequests: refreshRequestStore,
      queueFullRefresh,
      newSuffix: () => randomUUID().replaceAll('-', '').slice(0, 8),
      templateAdmin,
      changeControl,
      changeControlWrite: () => ({ ...changeControl, admin: templateAdmin() }),
      intake,
      intakeWrite: () => ({ ...intake, admin: templateAdmin() }),
      capacities: createCapacityStore(),
      pointsAdmin: () => ({
        ...templateAdmin(),
        points: createPointsLedger(),
        refreshThrottle: () => refreshThrottleStore.load(),
        queueReread: (requestedAt) => queueFullRefresh('reread', requestedAt),
      }),
    };
  };
}
