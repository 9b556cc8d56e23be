/**
 * How a linked issue relates to this one, seen from this issue: `blocks` (this blocks the other), `is-blocked-by`
 * (the other blocks this), `depends-on` (this needs the other), `relates`, or `other` for any link type the
 * field mapping does not know.
 */
export const workItemLinkTypes = ['blocks', 'is-blocked-by', 'relates', 'depends-on', 'other'] as const;

/** How a linked issue relates to this one; see `workItemLinkTypes`. */
export type WorkItemLinkType = (typeof workItemLinkTypes)[number];
