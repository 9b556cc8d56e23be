import { ZodError } from 'zod';
import type { ErrorCode } from '../contract/error-code';
import type { Envelope } from '../contract/envelope';
import { JiraError, type JiraErrorKind } from '../adapters/jira/jira-error';
import { ResolverFailure } from './resolver-failure';

const codeForJira: Record<JiraErrorKind, ErrorCode> = {
  'bad-request': 'BAD_REQUEST',
  unauthorized: 'FORBIDDEN',
  forbidden: 'FORBIDDEN',
  'not-found': 'NOT_FOUND',
  gone: 'UPSTREAM',
  'rate-limited': 'RATE_LIMITED',
  server: 'UPSTREAM',
  network: 'UPSTREAM',
  'invalid-response': 'UPSTREAM',
};

/** Turns anything a resolver threw into the contract's error envelope; unknown errors never leak their text. */
export function toErrorEnvelope(error: unknown): Envelope<never> {
  if (error instanceof ResolverFailure) return { ok: false, error: { code: error.code, message: error.message } };
  if (error instanceof ZodError) {
    const first = error.issues[0];
    const where = first && first.path.length > 0 ? first.path.join('.') : 'payload';
    return { ok: false, error: { code: 'BAD_REQUEST', message: `Invalid request: ${where}: ${first?.message ?? 'not valid'}` } };
  }
  if (error instanceof JiraError) return { ok: false, error: { code: codeForJira[error.kind], message: error.message } };
  console.error('Unexpected resolver failure', error);
  return { ok: false, error: { code: 'INTERNAL', message: 'Something went wrong on our side. Please try again.' } };
}
