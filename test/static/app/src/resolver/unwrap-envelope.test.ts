import type { Envelope } from '../../../../../src/contract/envelope';
import type { ViewerDto } from '../../../../../src/contract/viewer-dto';
import { malformedEnvelopeMessage, unwrapEnvelope } from '../../../../../static/app/src/resolver/unwrap-envelope';

const viewer: ViewerDto = { accountId: 'a-1', displayName: 'Ada', isAdmin: false, projects: [{ key: 'PAY', name: 'Payments', category: null }] };

describe('unwrapEnvelope', () => {
  it('gives the data of an ok envelope as the ready state', () => {
    expect(unwrapEnvelope({ ok: true, data: viewer })).toEqual({ state: 'ready', data: viewer });
  });

  it.each([
    ['FORBIDDEN', 'You may not change governance settings.'],
    ['RATE_LIMITED', 'Jira is busy; try again in a minute.'],
  ] as const)('turns a %s envelope into the error state with its own message and code', (code, message) => {
    expect(unwrapEnvelope<ViewerDto>({ ok: false, error: { code, message } })).toEqual({ state: 'error', message, code });
  });

  it('takes a RATE_LIMITED envelope that says when to try again', () => {
    const message = 'Jira is busy answering other requests right now. Try again in about 40 seconds.';
    expect(unwrapEnvelope<ViewerDto>({ ok: false, error: { code: 'RATE_LIMITED', message, retryAfterSeconds: 40 } })).toEqual({
      state: 'error',
      message,
      code: 'RATE_LIMITED',
    });
  });

  it.each<[string, unknown]>([
    ['nothing at all', undefined],
    ['a bare value', 'hello'],
    ['an object without ok', { data: viewer }],
    ['a failure without a message', { ok: false, error: { code: 'INTERNAL' } }],
    ['ok as a string', { ok: 'true', data: viewer }],
    ['a retry time that is not a number', { ok: false, error: { code: 'RATE_LIMITED', message: 'Busy', retryAfterSeconds: 'soon' } }],
  ])('reports %s as an answer the page does not understand', (_name, answer) => {
    expect(unwrapEnvelope(answer as Envelope<ViewerDto>)).toEqual({ state: 'error', message: malformedEnvelopeMessage });
  });
});
