import { countIssuesByProject } from '../../../scripts/bench/count-issues-by-project';

describe('countIssuesByProject', () => {
  it.each([
    ['counts nothing for no keys', [], []],
    [
      'counts each project once per issue, in first-seen order',
      ['CRM-2', 'PMO-1', 'CRM-9'],
      [
        ['CRM', 2],
        ['PMO', 1],
      ],
    ],
    [
      'keeps keys with underscores and digits whole',
      ['AB_2-10', 'AB_2-11', 'AB-1'],
      [
        ['AB_2', 2],
        ['AB', 1],
      ],
    ],
  ])('%s', (_name, keys, expected) => {
    expect([...countIssuesByProject(keys)]).toEqual(expected);
  });
});
