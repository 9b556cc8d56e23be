/**
 * Every storage key the app writes is built here, so key shapes stay consistent and prefix queries stay correct.
 * KVS keys are at most 500 characters of letters, digits and `:._-#`; project keys and ids are short.
 */
export const kvsKeys = {
  /**
   * An issue change an event announced and no sweep has read yet: `stale:<project>:<issue id>`. The project comes
   * first so that the stale projects are the keys' first segments; one key per issue keeps simultaneous events from
   * overwriting each other. (Keys `stale:<project>` from before are read the same way.)
   */
  pendingChange: (projectKey: string, issueId: string) => `stale:${projectKey}:${issueId}`,
  staleProjectPrefix: 'stale:',
  /** When the next sweep of pending changes is due. */
  sweepSchedule: 'refresh:sweep-schedule',
  /** Where the last sweep's window ended: the next one reads updates from there. */
  sweepCursor: 'refresh:sweep-cursor',
  /** When the projects were last listed, and how many there were. */
  projectListing: 'refresh:project-listing',

  /** A project's current roll-up with the record of the refresh that made it. */
  rollup: (projectKey: string) => `rollup:${projectKey}`,
  rollupPrefix: 'rollup:',

  /** Which shards hold a project's work items, in order, and how many items there are. */
  workItemsIndex: (projectKey: string) => `items-index:${projectKey}`,
  /** One shard of a project's work items, named by a digest of its content. */
  workItemsShard: (projectKey: string, digest: string) => `items:${projectKey}:${digest}`,
  /** A shard as the first storage format named it (by generation and position); read and deleted, never written. */
  workItemsLegacyShard: (projectKey: string, generation: number, shard: number) => `items:${projectKey}:${String(generation)}:${String(shard)}`,

  /** An unfinished refresh of a project: where its read stopped. */
  refreshCheckpoint: (projectKey: string) => `checkpoint:${projectKey}`,
  /** The work items an unfinished refresh has read so far, sharded like a project's work items. */
  checkpointItemsIndex: (projectKey: string) => `checkpoint-items-index:${projectKey}`,
  checkpointItemsShard: (projectKey: string, digest: string) => `checkpoint-items:${projectKey}:${digest}`,
  checkpointItemsLegacyShard: (projectKey: string, generation: number, shard: number) =>
    `checkpoint-items:${projectKey}:${String(generation)}:${String(shard)}`,

  /** A project's roll-up kept for one day (`yyyy-mm-dd`, UTC); keys sort by day. */
  snapshot: (day: string, projectKey: string) => `snapshot:${day}:${projectKey}`,
  snapshotPrefix: 'snapshot:',
  /** The days a project has a snapshot for. */
  snapshotDays: (projectKey: string) => `snapshot-days:${projectKey}`,
  /** A project's compact daily history for its trend chart. */
  snapshotHistory: (projectKey: string) => `snapshot-history:${projectKey}`,
  /** When someone last asked for a full refresh from the portfolio page. */
  refreshRequest: 'refresh:requested',
  /** Taken by the one request that replaces the request at `previous` (or none), so simultaneous ones queue once. */
  refreshRequestClaim: (previous: string | null) => `refresh:claim:${previous ?? 'none'}`,

  /** The site's custom field ids for the roll-up's roles, as last found by name (an admin's remapping is kept apart). */
  discoveredFieldMapping: 'config:discovered-field-mapping',
  /** The app user's time zone, in which Jira reads the dates of the app's JQL. */
  jqlTimeZone: 'config:jql-time-zone',

  /** One saved version of a governance template; versions are zero-padded so keys sort by version. */
  templateVersion: (templateId: string, version: number) => `template:${templateId}:v${String(version).padStart(6, '0')}`,
  /** Every version of one template. */
  templateVersionsPrefix: (templateId: string) => `template:${templateId}:v`,
  templatePrefix: 'template:',
  /** Which template a project follows and which program it belongs to. */
  projectAssignment: (projectKey: string) => `assignment:${projectKey}`,
  projectAssignmentPrefix: 'assignment:',
  /** One audit log entry; keys sort by time. */
  auditEntry: (at: string, id: string) => `audit:${at}:${id}`,
  auditPrefix: 'audit:',

  /** A frozen status report, written once; ids begin with the publishing time, so keys sort by it. */
  frozenReport: (macroId: string, id: string) => `frozen-report:${macroId}:${id}`,
  /** The short form of a frozen report, listed without reading whole reports. */
  frozenReportSummary: (macroId: string, id: string) => `frozen-summary:${macroId}:${id}`,
  frozenReportSummaryPrefix: (macroId: string) => `frozen-summary:${macroId}:`,

  /** A baseline's summary; ids begin with the time it was taken, so keys sort by it. */
  baseline: (id: string) => `baseline:${id}`,
  baselinePrefix: 'baseline:',
  /** One project's roll-up as a baseline keeps it. */
  baselineRollup: (id: string, projectKey: string) => `baseline-rollup:${id}:${projectKey}`,
  /** Holds a baseline name (by a digest of its case-blind form) for the one baseline that has it. */
  baselineName: (nameDigest: string) => `baseline-name:${nameDigest}`,

  /** One version of a project's approved baseline, written once; versions are zero-padded so keys sort by version. */
  approvedBaselineVersion: (projectKey: string, version: number) => `approved-baseline:${projectKey}:v${String(version).padStart(6, '0')}`,
  approvedBaselineVersionsOf: (projectKey: string) => `approved-baseline:${projectKey}:v`,
  /** One decision recorded in the app on a change request, written once per version of that change's decision. */
  changeDecision: (projectKey: string, changeKey: string, version: number) => `change-decision:${projectKey}:${changeKey}:v${String(version).padStart(6, '0')}`,
  changeDecisionsOf: (projectKey: string) => `change-decision:${projectKey}:`,

  /** One manual colour override of a project: `overall` or a dimension. */
  ragOverride: (projectKey: string, target: string) => `rag-override:${projectKey}:${target}`,
  ragOverridesOf: (projectKey: string) => `rag-override:${projectKey}:`,
  ragOverridePrefix: 'rag-override:',

  /** Which projects hold proposals, how a proposal is recognised, and the scoring model the PMO chose. */
  intakeSettings: 'config:intake-settings',
  /** One saved version of a scoring model, written once; versions are zero-padded so keys sort by version. */
  scoringModelVersion: (modelId: string, version: number) => `scoring-model:${modelId}:v${String(version).padStart(6, '0')}`,
  scoringModelVersionsPrefix: (modelId: string) => `scoring-model:${modelId}:v`,
  scoringModelPrefix: 'scoring-model:',
  /** A reviewer's value for one criterion of one model on one proposal; the latest value stands, the audit log keeps the rest. */
  reviewerScore: (projectKey: string, proposalKey: string, modelId: string, criterionId: string) =>
    `intake-score:${projectKey}:${proposalKey}:${modelId}:${criterionId}`,
  reviewerScoresOf: (projectKey: string) => `intake-score:${projectKey}:`,
  /** One decision recorded in the app on a proposal, written once per version of that proposal's decisions. */
  proposalDecision: (projectKey: string, proposalKey: string, version: number) =>
    `intake-decision:${projectKey}:${proposalKey}:v${String(version).padStart(6, '0')}`,
  proposalDecisionsOf: (projectKey: string) => `intake-decision:${projectKey}:`,
  /** One version of the link from an approved proposal to the project or epic that delivers it, written once. */
  proposalDelivery: (projectKey: string, proposalKey: string, version: number) =>
    `intake-delivery:${projectKey}:${proposalKey}:v${String(version).padStart(6, '0')}`,
  proposalDeliveriesOf: (projectKey: string) => `intake-delivery:${projectKey}:`,

  /**
   * Jira points one invocation spent, keyed by when (ISO 8601, UTC) so that `points:2026-12-03T18` finds an hour's
   * spending and `points:2026-12-03` a day's.
   */
  pointsSpend: (atIso: string, invocationId: string) => `points:${atIso}:${invocationId}`,
  pointsSpendPrefix: (isoPrefix: string) => `points:${isoPrefix}`,
  /** The installation's points budget as an admin set it (tier, plan, users). */
  pointsBudgetSetting: 'config:points-budget',
  /** The first full read of the site: how many issues it holds in all, for an honest "n of m" while it reads. */
  firstReadPlan: 'refresh:first-read-plan',
  /** The last time refresh jobs stopped for the points budget, and when they resume. */
  refreshThrottle: 'refresh:throttle',

  /** One saved version of the programs' capacities and bands, written once; versions are zero-padded so keys sort by version. */
  capacityVersion: (version: number) => `capacity:v${String(version).padStart(6, '0')}`,
  capacityVersionsPrefix: 'capacity:v',
} as const;
