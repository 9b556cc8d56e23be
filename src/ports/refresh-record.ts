/** How the stored roll-up of a project came about: shown as "as of" and "partial" beside the figures. */
export interface RefreshRecord {
  /** The instant the roll-up was computed for. */
  readonly asOf: string;
  /** When the read of Jira began; the next incremental refresh reads what changed since then, less an overlap. */
  readonly readStartedAt: string;
  readonly mode: 'full' | 'incremental';
  /** True when the roll-up does not cover every issue (issues Jira returned that could not be read, or a read not yet finished). */
  readonly partial: boolean;
  readonly itemCount: number;
  readonly skippedIssues: number;
  /** Set on the roll-up of a project whose first read is still under way: it shows what has been read so far. */
  readonly unfinished?: true | undefined;
  /** Which field was read for each role (see fieldMappingKey); a refresh with other fields reads the project in full. */
  readonly fieldMappingKey?: string | undefined;
  /**
   * The project's category in Jira when it was read: the roll-up's category is the assigned program when there is one,
   * and a later refresh from storage must fall back to Jira's once the program is taken away.
   */
  readonly jiraCategory?: string | null | undefined;
}
