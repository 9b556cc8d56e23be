/** The dimensions a project is rated on, in the order a status report shows them. */
export const ragDimensions = ['schedule', 'scope', 'cost', 'risk', 'compliance'] as const;

/** One dimension a project is rated on. */
export type RagDimension = (typeof ragDimensions)[number];
