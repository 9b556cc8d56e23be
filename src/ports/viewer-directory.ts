/** What the app may learn about the viewer from Jira, always asked as the viewer. */
export interface ViewerDirectory {
  myself(): Promise<{ accountId: string; displayName: string }>;
  isJiraAdmin(): Promise<boolean>;
  browsableProjects(): Promise<readonly BrowsableProject[]>;
}

export interface BrowsableProject {
  readonly id: string;
  readonly key: string;
  readonly name: string;
  readonly category: string | null;
  readonly leadAccountId: string | null;
  readonly leadDisplayName?: string | null;
}
