/** One check of one rule: passed, failed (a violation), or not applicable to that item. */
export type CheckOutcome = { readonly outcome: 'pass' } | { readonly outcome: 'fail'; readonly detail: string } | { readonly outcome: 'not-applicable' };
