/** Jira's three status categories: to do, in progress, done. Every workflow status belongs to one of them. */
export type StatusCategory = 'new' | 'indeterminate' | 'done';
