import type { BaselineStore } from '../../ports/baseline-store';
import type { FieldMappingStore } from '../../ports/field-mapping-store';
import type { RagOverrideStore } from '../../ports/rag-override-store';
import type { RollupStore } from '../../ports/rollup-store';
import type { SnapshotStore } from '../../ports/snapshot-store';
import type { TemplateStore } from '../../ports/template-store';
import type { WorkItemStore } from '../../ports/work-item-store';

/**
 * What the settings use cases (templates and their assignments, baselines, colour overrides) need: storage, who is
 * asking (and whether Jira calls them an admin), and the time.
 */
export interface TemplateAdminDeps {
  readonly templates: TemplateStore;
  /** The roll-ups as refreshes stored them (no colour overrides applied). */
  readonly rollups: Pick<RollupStore, 'listRollups' | 'loadRollup'>;
  readonly workItems: Pick<WorkItemStore, 'loadProjectIssues'>;
  readonly snapshots: Pick<SnapshotStore, 'loadLatestSnapshotBefore'>;
  readonly fieldMappings: Pick<FieldMappingStore, 'loadFieldMapping'>;
  readonly baselines: BaselineStore;
  readonly ragOverrides: RagOverrideStore;
  /** The caller's Jira account id. */
  readonly actor: string;
  /** The caller's display name for the audit log; null when Jira does not say. */
  readonly actorName: () => Promise<string | null>;
  /** Asks Jira, as the caller, for the global ADMINISTER permission. */
  readonly isAdmin: () => Promise<boolean>;
  /** The projects the caller may browse (asked as the caller). */
  readonly browsableProjects: () => Promise<readonly { readonly key: string; readonly name: string }[]>;
  /** Jira's objection to a JQL query on this site, asked as the caller; null when Jira runs it. */
  readonly jqlError: (jql: string) => Promise<string | null>;
  /** The ids of a project's issues a JQL query finds, asked as the caller (for previews). */
  readonly jqlMatchIds: (projectKey: string, jql: string) => Promise<ReadonlySet<string>>;
  readonly now: () => Date;
  readonly newId: () => string;
  /** Eight random hex digits, for ids that must not be guessed from the time alone. */
  readonly newSuffix: () => string;
}
