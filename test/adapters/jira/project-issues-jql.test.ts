import { projectIssuesJql } from '../../../src/adapters/jira/project-issues-jql';

describe('projectIssuesJql', () => {
  it.each([
    ['reads every issue of the project in key order', 'PMO', null, undefined, 'project = "PMO" ORDER BY key ASC'],
    [
      'writes the instant in UTC when no time zone is given',
      'PMO',
      '2026-11-20T09:41:30Z',
      undefined,
      'project = "PMO" AND updated >= "2026-11-20 09:41" ORDER BY key ASC',
    ],
    [
      "writes the instant in the querying user's zone, west of UTC",
      'PMO',
      '2026-11-20T09:41:30Z',
      'America/New_York',
      'project = "PMO" AND updated >= "2026-11-20 04:41" ORDER BY key ASC',
    ],
    [
      'crosses midnight into the next day east of UTC',
      'PMO',
      '2026-11-20T23:10:00Z',
      'Asia/Tokyo',
      'project = "PMO" AND updated >= "2026-11-21 08:10" ORDER BY key ASC',
    ],
    ['writes midnight as 00, not 24', 'PMO', '2026-11-20T18:30:00Z', 'Asia/Kolkata', 'project = "PMO" AND updated >= "2026-11-21 00:00" ORDER BY key ASC'],
    ['rounds down to the minute', 'PMO', '2026-11-19T23:59:59.999Z', 'UTC', 'project = "PMO" AND updated >= "2026-11-19 23:59" ORDER BY key ASC'],
  ])('%s', (_name, key, since, zone, expected) => {
    expect(projectIssuesJql(key, since, zone)).toBe(expected);
  });

  it.each([
    ['a key with a quote', 'PMO" OR project = "X'],
    ['a lower-case key', 'pmo'],
  ])('refuses %s, so nothing can be spliced into the query', (_name, key) => {
    expect(() => projectIssuesJql(key, null)).toThrow(RangeError);
  });

  it('refuses an instant that is not one', () => {
    expect(() => projectIssuesJql('PMO', 'yesterday')).toThrow(RangeError);
  });
});
