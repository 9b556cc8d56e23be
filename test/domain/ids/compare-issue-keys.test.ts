import { compareIssueKeys } from '../../../src/domain/ids/compare-issue-keys';
import { anIssueKey } from '../builders/an-issue-key';

describe('compareIssueKeys', () => {
  it.each([
    ['orders issue numbers numerically, not as text', 'PMO-9', 'PMO-10', -1],
    ['orders by project key first', 'ABC-100', 'PMO-1', -1],
    ['puts a later project after an earlier one', 'PMO-1', 'ABC-100', 1],
    ['finds a key equal to itself', 'PMO-7', 'PMO-7', 0],
  ])('%s (%s vs %s)', (_behaviour, a, b, sign) => {
    expect(Math.sign(compareIssueKeys(anIssueKey(a), anIssueKey(b)))).toBe(sign);
  });
});
