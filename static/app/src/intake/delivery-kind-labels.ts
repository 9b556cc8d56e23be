/** The two ways to name what delivers a proposal, as the delivery form offers them. */
export const deliveryKindLabels = { project: 'A project of the portfolio', epic: 'An epic (by its key)' } as const;
