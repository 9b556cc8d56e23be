/** Which page of the ranked board an answer holds, and how much is left. */
export interface IntakeBoardPageDto {
  /** Where the page starts among the matching proposals (0 for the first). */
  readonly offset: number;
  /** The most the page may hold. */
  readonly limit: number;
  /** How many proposals match the query's filters. */
  readonly matching: number;
  /** How many proposals the viewer may see on the whole board. */
  readonly total: number;
}
