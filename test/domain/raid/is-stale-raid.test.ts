import { isStaleRaid } from '../../../src/domain/raid/is-stale-raid';
import type { StatusCategory } from '../../../src/domain/work-item/status-category';
import { aWorkItem } from '../builders/a-work-item';

const now = '2026-11-20T12:00:00.000Z';

describe('isStaleRaid (default review cadence 14 days)', () => {
  it.each<[string, string, StatusCategory, number | undefined, boolean]>([
    ['is stale 19 days after its last update', '2026-11-01T10:00:00.000+0000', 'new', undefined, true],
    ['is not stale 10 days after its last update', '2026-11-10T10:00:00.000+0000', 'indeterminate', undefined, false],
    ['is not stale on exactly the 14th day', '2026-11-06T10:00:00.000+0000', 'new', undefined, false],
    ['is stale on the 15th day', '2026-11-05T10:00:00.000+0000', 'new', undefined, true],
    ['is never stale once done', '2026-01-01T10:00:00.000+0000', 'done', undefined, false],
    ['follows a shorter cadence from the template', '2026-11-10T10:00:00.000+0000', 'new', 7, true],
    ['is stale when its update date cannot be read', 'yesterday', 'new', undefined, true],
  ])('%s', (_behaviour, updated, statusCategory, reviewDays, expected) => {
    expect(isStaleRaid(aWorkItem({ issueType: 'Risk', updated, statusCategory }), now, reviewDays)).toBe(expected);
  });
});
