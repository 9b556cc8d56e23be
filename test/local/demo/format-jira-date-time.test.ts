import fc from 'fast-check';
import { formatJiraDateTime } from '../../../local/demo/format-jira-date-time';

describe('formatJiraDateTime', () => {
  it.each([
    [Date.UTC(2026, 10, 2, 9, 15), '2026-11-02T09:15:00.000+0000'],
    [Date.UTC(2026, 11, 31, 23, 59, 59, 999), '2026-12-31T23:59:59.999+0000'],
    [Date.UTC(2028, 1, 29, 0, 0, 0, 7), '2028-02-29T00:00:00.007+0000'],
  ])('writes %d as %s', (ms, text) => {
    expect(formatJiraDateTime(ms)).toBe(text);
  });

  it('agrees with toISOString for any instant of this century', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: Date.UTC(2000, 0, 1), max: Date.UTC(2099, 11, 31) }),
        (ms) => formatJiraDateTime(ms) === new Date(ms).toISOString().replace('Z', '+0000'),
      ),
    );
  });
});
