/** Who is looking, and which projects Jira lets them browse. */
export interface ViewerDto {
  readonly accountId: string;
  readonly displayName: string;
  /** True when Jira grants the viewer the global ADMINISTER permission. */
  readonly isAdmin: boolean;
  readonly projects: readonly VisibleProjectDto[];
}

export interface VisibleProjectDto {
  readonly key: string;
  readonly name: string;
  readonly category: string | null;
}
