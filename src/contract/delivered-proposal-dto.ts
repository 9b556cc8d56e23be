/** An approved proposal a portfolio project delivers, directly or through one of its epics. */
export interface DeliveredProposalDto {
  readonly key: string;
  readonly summary: string;
  /** The project's epic that delivers it; null when the project does as a whole. */
  readonly epicKey: string | null;
}
