import type { ChangeRequest } from '../domain/change-control/change-request';
import type { WorkItem } from '../domain/work-item/work-item';

/** One project as change control reads it from Jira, as the viewer: its issues and, among them, its change requests. */
export interface ChangeControlRead {
  /** Every issue of the project the viewer may see, with its Jira id (the changelog is asked by id). */
  readonly issues: readonly { readonly issueId: string; readonly item: WorkItem }[];
  /** The issues recognised as change requests, with what they link to and their impact. */
  readonly changes: readonly ChangeRequest[];
}
