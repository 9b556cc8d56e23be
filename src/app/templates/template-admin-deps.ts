import type { BaselineStore } from '../../ports/baseline-store';
import type { GovernanceStore } from '../../ports/governance-store';
import type { RagOverrideStore } from '../../ports/rag-override-store';
import type { TemplateStore } from '../../ports/template-store';

/** What the governance use cases need: storage, who is asking (and whether Jira calls them an admin), and the time. */
export interface GovernanceDeps {
  readonly templates: TemplateStore;
  readonly governance: Pick<GovernanceStore, 'loadProjectIssues' | 'loadFieldMapping' | 'listRollups' | 'loadLatestSnapshotBefore' | 'loadRollup'>;
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
