import type { BaselineDto } from '../../../../../src/contract/baseline-dto';

/** A baseline as listBaselines answers it, taken of the current roll-ups unless told otherwise. */
export function aBaseline(overrides: Partial<BaselineDto> = {}): BaselineDto {
  return {
    id: '20261120T120000Z-0a1b2c3d',
    name: 'Gate 2',
    takenAt: '2026-11-20T12:00:00.000Z',
    takenBy: { accountId: 'acc-admin', displayName: 'Avery Admin' },
    fromDay: null,
    startsAt: '2026-11-20T12:00:00.000Z',
    visibleProjectCount: 5,
    ...overrides,
  };
}
