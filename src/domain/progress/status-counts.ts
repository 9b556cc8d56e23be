/** How many items are in each status category, and in all. */
export interface StatusCounts {
  readonly total: number;
  readonly new: number;
  readonly indeterminate: number;
  readonly done: number;
}
