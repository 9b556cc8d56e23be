import { ZodError } from 'zod';
import type { ErrorCode } from '../contract/error-code';
import type { Envelope } from '../contract/envelope';
import { JiraError, type JiraErrorKind } from '../adapters/jira/jira-error';
import { BaselineNotFoundError } from '../app/baseline/baseline-not-found-error';
import { GovernanceError } from '../app/templates/governance-error';
import { FrozenReportTooLargeError } from '../app/publish-frozen-report';
import { describeRateLimit } from './describe-rate-limit';
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

/** A throttled Jira: plain words for the reader and, when Jira named one, the wait in whole seconds for the UI. */
function rateLimitedEnvelope(error: JiraError): Envelope<never> {
  const seconds = error.retryAfterSeconds === null ? null : Math.ceil(error.retryAfterSeconds);
  return { ok: false, error: { code: 'RATE_LIMITED', message: describeRateLimit(seconds), ...(seconds === null ? {} : { retryAfterSeconds: seconds }) } };
}

/**
 * Turns anything a resolver threw into the contract's error envelope: refusals on purpose keep their code and words,
 * Jira's failures map to theirs, unknown errors never leak their text.
 */
export function toErrorEnvelope(error: unknown): Envelope<never> {
  if (error instanceof ResolverFailure || error instanceof GovernanceError) return { ok: false, error: { code: error.code, message: error.message } };
  if (error instanceof BaselineNotFoundError) return { ok: false, error: { code: 'NOT_FOUND', message: error.message } };
  if (error instanceof FrozenReportTooLargeError) return { ok: false, error: { code: 'BAD_REQUEST', message: error.message } };
  if (error instanceof ZodError) {
    const first = error.issues[0];
    const where = first && first.path.length > 0 ? first.path.join('.') : 'payload';
    return { ok: false, error: { code: 'BAD_REQUEST', message: `Invalid request: ${where}: ${first?.message ?? 'not valid'}` } };
  }
  if (error instanceof JiraError)
    return error.kind === 'rate-limited' ? rateLimitedEnvelope(error) : { ok: false, error: { code: codeForJira[error.kind], message: error.message } };
  console.error('Unexpected resolver failure', error);
  return { ok: false, error: { code: 'INTERNAL', message: 'Something went wrong on our side. Please try again.' } };
}
