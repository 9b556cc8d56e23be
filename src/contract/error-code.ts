/** The closed set of error codes a resolver may answer with. */
export const errorCodes = ['BAD_REQUEST', 'FORBIDDEN', 'NOT_FOUND', 'CONFLICT', 'RATE_LIMITED', 'UPSTREAM', 'INTERNAL'] as const;

export type ErrorCode = (typeof errorCodes)[number];
