import type { IssueKey } from './issue-key';

/**
 * Orders issue keys as people read them: by project key, then by issue number (so `PMO-9` comes before `PMO-10`).
 * Used wherever a tie must be broken the same way whatever order the issues arrived in.
 *
 * @returns a negative number, zero or a positive number, as `Array.prototype.sort` expects.
 * @example
 * [parseIssueKey('PMO-10')!, parseIssueKey('PMO-9')!].sort(compareIssueKeys); // ['PMO-9', 'PMO-10']
 */
export function compareIssueKeys(a: IssueKey, b: IssueKey): number {
  const aDash = a.lastIndexOf('-');
  const bDash = b.lastIndexOf('-');
  const aProject = a.slice(0, aDash);
  const bProject = b.slice(0, bDash);
  if (aProject !== bProject) {
    return aProject < bProject ? -1 : 1;
  }
  return Number(a.slice(aDash + 1)) - Number(b.slice(bDash + 1));
}
