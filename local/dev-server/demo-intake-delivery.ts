/** The demo's approved proposal (named by its summary) linked to the demo project that delivers it, in days before now. */
export const demoIntakeDelivery = { summary: 'Cloud contact centre', projectKey: 'WEB', daysAgo: 50 } as const;
