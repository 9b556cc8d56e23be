import type { Fault } from './create-fault-injector';
import type { FakeReply } from './fake-reply';
import { jiraError } from './jira-error';

const BAD_GATEWAY_PAGE =
  '<html><head><title>502 Bad Gateway</title></head><body><h1>Bad Gateway</h1><p>The server returned an invalid or incomplete response.</p></body></html>';

/**
 * The answer of an injected fault, shaped like Jira Cloud's: a 429 with Retry-After and the rate-limit reason, a 500
 * or 503 with Jira's error JSON, and a 502 as the HTML page the edge serves (clients must not assume JSON).
 */
export function faultReply(fault: Exclude<Fault, { kind: 'none' } | { kind: 'connection-reset' }>): FakeReply {
  if (fault.kind === 'rate-limit') {
    return jiraError(
      429,
      ['Rate limit exceeded.'],
      {},
      {
        'Retry-After': String(fault.retryAfterSeconds),
        'RateLimit-Reason': 'jira-burst-based',
        'X-RateLimit-Limit': '100',
        'X-RateLimit-Remaining': '0',
      },
    );
  }
  switch (fault.status) {
    case 502:
      return { status: 502, body: BAD_GATEWAY_PAGE, html: true };
    case 503:
      return jiraError(503, ['Service Unavailable. Jira is temporarily unable to handle the request; please try again later.']);
    default:
      return jiraError(500, ['Internal server error']);
  }
}
