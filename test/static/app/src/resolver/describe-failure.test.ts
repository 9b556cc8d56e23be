import { describeFailure } from '../../../../../static/app/src/resolver/describe-failure';

const fallback = 'Something went wrong while talking to the app.';

describe('describeFailure', () => {
  it.each<[string, unknown, string]>([
    ['keeps an Error message', new Error('The resolver timed out after 25 s.'), 'The resolver timed out after 25 s.'],
    ['keeps a thrown string', 'Network down', 'Network down'],
    ['falls back for an Error without a message', new Error('  '), fallback],
    ['falls back for a thrown number', 42, fallback],
    ['falls back for undefined', undefined, fallback],
  ])('%s', (_name, error, expected) => {
    expect(describeFailure(error)).toBe(expected);
  });
});
