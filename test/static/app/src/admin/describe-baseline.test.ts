import type { BaselineDto } from '../../../../../src/contract/baseline-dto';
import { describeBaseline, type BaselineRowWords } from '../../../../../static/app/src/admin/describe-baseline';
import { aBaseline } from '../report-config/a-baseline';

describe('describeBaseline', () => {
  it.each<[string, BaselineDto, BaselineRowWords]>([
    [
      'says a baseline of the current roll-ups stands for the minute it was taken',
      aBaseline({ name: 'Steering committee 2026-11', takenAt: '2026-11-20T12:34:56.789Z', startsAt: '2026-11-20T12:34:56.789Z', visibleProjectCount: 5 }),
      {
        name: 'Steering committee 2026-11',
        standsFor: '2026-11-20 12:34 UTC',
        takenBy: 'Avery Admin',
        takenAt: '2026-11-20 12:34 UTC',
        projects: '5 projects',
      },
    ],
    [
      'says a baseline of an earlier day stands for the end of that day',
      aBaseline({
        name: 'Gate 2',
        takenAt: '2026-11-20T08:00:00.000Z',
        fromDay: '2026-10-01',
        startsAt: '2026-10-01T23:59:59.999Z',
        visibleProjectCount: 1,
        takenBy: { accountId: 'acc-2', displayName: 'Pat PMO' },
      }),
      { name: 'Gate 2', standsFor: 'End of 2026-10-01', takenBy: 'Pat PMO', takenAt: '2026-11-20 08:00 UTC', projects: '1 project' },
    ],
    [
      'counts no visible project in words',
      aBaseline({ visibleProjectCount: 0 }),
      { name: 'Gate 2', standsFor: '2026-11-20 12:00 UTC', takenBy: 'Avery Admin', takenAt: '2026-11-20 12:00 UTC', projects: '0 projects' },
    ],
  ])('%s', (_name, baseline, expected) => {
    expect(describeBaseline(baseline)).toEqual(expected);
  });
});
