import type { Brand } from './brand';

/** An Atlassian account id such as `5b10ac8d82e05b22cc7d4ef5`. Made only by `parseAccountId`. */
export type AccountId = Brand<string, 'AccountId'>;
