import { JiraError } from '../../src/adapters/jira/jira-error';
import { toErrorEnvelope } from '../../src/resolvers/to-error-envelope';

describe('toErrorEnvelope for a throttled Jira', () => {
  it('answers RATE_LIMITED in plain words with the whole seconds to wait, never the technical message', () => {
    const error = new JiraError('rate-limited', 429, 'Jira answered 429 to GET /rest/api/3/myself: Rate limit exceeded.', ['Rate limit exceeded.'], 39.2);
    expect(toErrorEnvelope(error)).toEqual({
      ok: false,
      error: { code: 'RATE_LIMITED', message: 'Jira is busy answering other requests right now. Try again in about 40 seconds.', retryAfterSeconds: 40 },
    });
  });

  it('leaves the wait out when Jira named none', () => {
    const envelope = toErrorEnvelope(new JiraError('rate-limited', 429, 'Jira answered 429'));
    expect(envelope).toEqual({
      ok: false,
      error: { code: 'RATE_LIMITED', message: 'Jira is busy answering other requests right now. Try again in a minute or so.' },
    });
  });

  it('keeps the other Jira failures as they were', () => {
    expect(toErrorEnvelope(new JiraError('server', 503, 'Jira answered 503 to GET /rest/api/3/myself'))).toEqual({
      ok: false,
      error: { code: 'UPSTREAM', message: 'Jira answered 503 to GET /rest/api/3/myself' },
    });
  });
});
