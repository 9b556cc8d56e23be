/**
 * Compile-time proof that ids are branded: `tsc` fails if any `@ts-expect-error` line below stops being an error,
 * i.e. if a plain string, or one kind of id, were ever accepted where another is expected.
 */
import type { AccountId } from '../../../src/domain/ids/account-id';
import type { IssueKey } from '../../../src/domain/ids/issue-key';
import { parseAccountId } from '../../../src/domain/ids/parse-account-id';
import { parseIssueKey } from '../../../src/domain/ids/parse-issue-key';
import { parseProjectKey } from '../../../src/domain/ids/parse-project-key';
import type { ProjectKey } from '../../../src/domain/ids/project-key';

function takesIssueKey(key: IssueKey): string {
  return key;
}
function takesProjectKey(key: ProjectKey): string {
  return key;
}
function takesAccountId(id: AccountId): string {
  return id;
}

describe('branded ids', () => {
  it('accepts parsed ids where they are expected and still reads them as strings', () => {
    const issue = parseIssueKey('PMO-1');
    const project = parseProjectKey('PMO');
    const account = parseAccountId('5b10ac8d82e05b22cc7d4ef5');
    expect(issue === null ? null : takesIssueKey(issue)).toBe('PMO-1');
    expect(project === null ? null : takesProjectKey(project)).toBe('PMO');
    expect(account === null ? null : takesAccountId(account)).toBe('5b10ac8d82e05b22cc7d4ef5');
  });

  it('rejects plain strings and mixed-up ids at compile time', () => {
    const plain = 'PMO-1';
    const project = parseProjectKey('PMO');
    const issue = parseIssueKey('PMO-1');
    if (project === null || issue === null) {
      throw new Error('test data');
    }
    // @ts-expect-error a plain string is not an IssueKey
    takesIssueKey(plain);
    // @ts-expect-error a string literal is not an IssueKey
    takesIssueKey('PMO-2');
    // @ts-expect-error a ProjectKey is not an IssueKey
    takesIssueKey(project);
    // @ts-expect-error an IssueKey is not a ProjectKey
    takesProjectKey(issue);
    // @ts-expect-error a plain string is not an AccountId
    takesAccountId('5b10ac8d82e05b22cc7d4ef5');
    // @ts-expect-error a parser's result may be null and must be checked first
    takesIssueKey(parseIssueKey('PMO-3'));
    expect(typeof plain).toBe('string');
  });
});
