import type { ProjectKey } from '../domain/ids/project-key';

/** How the PMO runs intake: where proposals are raised, how one is recognised, and the model that scores them. */
export interface IntakeSettings {
  /** The Jira projects proposals are raised in. */
  readonly projectKeys: readonly ProjectKey[];
  /** Issue type names that make an issue a proposal, matched without regard to case. */
  readonly issueTypes: readonly string[];
  /** Labels that make an issue a proposal whatever its type, matched without regard to case. */
  readonly labels: readonly string[];
  /** The id of the scoring model (built-in or saved) the board scores with. */
  readonly modelId: string;
}
