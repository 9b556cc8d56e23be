import { removalNotice } from '../../../local/openapi/removal-notice';

const now = new Date('2026-11-10T00:00:00Z');

describe('removalNotice', () => {
  it.each([
    [
      'an operation being removed',
      { deprecated: true, description: 'Endpoint is currently being removed. More', responses: {} },
      'Endpoint is currently being removed.',
    ],
    [
      'an operation past its removal date',
      { deprecated: true, description: 'This will be removed on [June 1, 2026](https://x); use y', responses: {} },
      'Removed on June 1, 2026.',
    ],
    ['an operation with a removal date ahead', { deprecated: true, description: 'This will be removed on [June 1, 2099](https://x)', responses: {} }, null],
    ['a deprecated operation without a date', { deprecated: true, description: 'Deprecated, use another.', responses: {} }, null],
    ['a live operation mentioning removal', { description: 'Endpoint is currently being removed', responses: {} }, null],
  ])('reads %s', (_name, operation, expected) => {
    expect(removalNotice(operation, now)).toBe(expected);
  });
});
