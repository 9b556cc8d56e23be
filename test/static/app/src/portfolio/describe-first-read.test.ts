import type { RefreshStatusDto } from '../../../../../src/contract/portfolio-dto';
import { describeFirstRead, type FirstReadNotice } from '../../../../../static/app/src/portfolio/describe-first-read';
import { aRefreshStatus } from './a-portfolio';

const now = Date.parse('2026-11-20T18:45:00.000Z');
const reading = { issuesRead: 38_000, issuesTotal: 100_000, projectsLeft: 5, pointsLeft: 13_000, hoursLeft: 2 };
const firstRead = "Reading Jira for the first time: 38,000 of 100,000 issues; about 2 h left at this site's budget (6,500 points an hour).";

describe('describeFirstRead', () => {
  it.each<[string, Partial<RefreshStatusDto>, FirstReadNotice | null]>([
    ['says how many issues are read of all and the time left at the budget', { reading }, { text: firstRead, progress: { read: 38_000, total: 100_000 } }],
    [
      'adds a pause for the points budget that has not ended',
      { reading, throttle: { resumesAt: '2026-11-20T19:00:00.000Z', reason: 'budget' } },
      { text: `${firstRead} Paused for the points budget; resumes at 19:00 UTC.`, progress: { read: 38_000, total: 100_000 } },
    ],
    [
      'says when Jira itself refused for its quota',
      { reading, throttle: { resumesAt: '2026-11-20T19:00:00.000Z', reason: 'jira-quota' } },
      { text: `${firstRead} Paused because Jira said the app's quota is spent; resumes at 19:00 UTC.`, progress: { read: 38_000, total: 100_000 } },
    ],
    [
      'leaves out a pause that has already ended',
      { reading, throttle: { resumesAt: '2026-11-20T18:44:59.000Z', reason: 'budget' } },
      { text: firstRead, progress: { read: 38_000, total: 100_000 } },
    ],
    [
      'dates a resumption on another day than the reader’s',
      { throttle: { resumesAt: '2026-11-21T00:10:00.000Z', reason: 'budget' } },
      { text: 'Paused for the points budget; resumes at 2026-11-21 00:10 UTC.', progress: null },
    ],
    [
      'says a first read cannot go on when the budget allows no points',
      { reading: { ...reading, issuesRead: 0, issuesTotal: 1, hoursLeft: null }, backgroundPointsPerHour: 0 },
      {
        text: "Reading Jira for the first time: 0 of 1 issue; it cannot go on at this site's budget (0 points an hour) until a Jira administrator raises it.",
        progress: { read: 0, total: 1 },
      },
    ],
    [
      'says minutes for a read nearly done',
      { reading: { ...reading, issuesRead: 990, issuesTotal: 1_000, hoursLeft: 0.1 } },
      {
        text: "Reading Jira for the first time: 990 of 1,000 issues; about 6 minutes left at this site's budget (6,500 points an hour).",
        progress: { read: 990, total: 1_000 },
      },
    ],
    ['says nothing with no first read and no pause', {}, null],
    ['says nothing when only a past pause is on record', { throttle: { resumesAt: '2026-11-20T18:00:00.000Z', reason: 'budget' } }, null],
  ])('%s', (_what, changes, expected) => {
    expect(describeFirstRead(aRefreshStatus(changes), now)).toEqual(expected);
  });

  it('says nothing when the app answers a refresh status without the reading fields', () => {
    expect(describeFirstRead({ requestedAt: null, pendingProjects: 0 }, now)).toBeNull();
  });
});
