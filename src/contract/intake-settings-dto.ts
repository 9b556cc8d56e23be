/** The intake settings as the app shows and saves them. */
export interface IntakeSettingsDto {
  /** The Jira projects proposals are raised in (only those the reader may browse are shown). */
  readonly projectKeys: readonly string[];
  /** Issue type names that make an issue a proposal ("Project Request", "Proposal", "Idea" by default). */
  readonly issueTypes: readonly string[];
  /** Labels that make an issue a proposal whatever its type (`intake` by default). */
  readonly labels: readonly string[];
  /** The scoring model the board scores with. */
  readonly modelId: string;
}
