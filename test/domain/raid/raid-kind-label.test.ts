import { raidKindLabel } from '../../../src/domain/raid/raid-kind-label';
import type { RaidKind } from '../../../src/domain/raid/raid-kind';

describe('raidKindLabel', () => {
  it.each<[RaidKind, number, string]>([
    ['risk', 1, 'risk'],
    ['risk', 2, 'risks'],
    ['assumption', 0, 'assumptions'],
    ['issue', 1, 'issue'],
    ['dependency', 3, 'dependencies'],
    ['dependency', 1, 'dependency'],
  ])('names %s with count %i as "%s"', (kind, count, expected) => {
    expect(raidKindLabel(kind, count)).toBe(expected);
  });
});
