import { findJqlSyntaxError } from '../../../src/domain/compliance/find-jql-syntax-error';

describe('findJqlSyntaxError', () => {
  it.each<[string, string, RegExp | null]>([
    ['accepts a plain clause', 'status = Blocked', null],
    ['accepts functions, AND and ORDER BY', 'project = currentProject() AND duedate < now() ORDER BY duedate', null],
    ['names the place of a doubled operator', 'status = = Blocked', /^JQL syntax error at line 1, character \d+/],
    ['refuses an unclosed parenthesis', '(status = Blocked', /^JQL syntax error/],
    ['refuses a dangling AND', 'status = Blocked AND', /^JQL syntax error/],
  ])('%s', (_name, jql, expected) => {
    const error = findJqlSyntaxError(jql);
    if (expected === null) expect(error).toBeNull();
    else expect(error).toMatch(expected);
  });
});
