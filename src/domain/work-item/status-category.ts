/** Jira's three status categories: to do, in progress, done. Every workflow status belongs to one of them. */
export const statusCategories = ['new', 'indeterminate', 'done'] as const;

/** One of Jira's status categories. */
export type StatusCategory = (typeof statusCategories)[number];
