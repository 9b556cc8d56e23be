import type { SiteIssue } from '../../site/site-file-schema';
import { applyJqlOperator, type TypedOperand } from './apply-jql-operator';
import { compareOrdered } from './compare-ordered';
import type { IssuePredicate, JqlContext } from './jql-context';
import { JqlError } from './jql-error';
import type { OperandAtom } from './resolve-operand';

type IssueValue = { readonly issue: SiteIssue } | { readonly ids: ReadonlySet<string> };

function keyNumber(key: string): number {
  return Number(key.slice(key.lastIndexOf('-') + 1));
}

/**
 * A clause on the issue itself (issuekey, key, id, issue): values are keys or ids of issues the viewer can see (any
 * other is Jira's "An issue with key ... does not exist" 400), or linkedIssues(); keys order within their project.
 */
export function compileIssueClause(name: string, operator: string, atoms: readonly OperandAtom[], clause: string, ctx: JqlContext): IssuePredicate {
  const problems: string[] = [];
  const operands = atoms.flatMap((atom): TypedOperand<IssueValue>[] => {
    switch (atom.type) {
      case 'text': {
        const issue = ctx.index.findIssue(atom.value);
        if (issue === undefined || !ctx.viewer.canSeeIssue(issue)) {
          problems.push(`An issue with key '${atom.value}' does not exist for field '${name}'.`);
          return [];
        }
        return [{ empty: false, value: { issue } }];
      }
      case 'issues':
        return [{ empty: false, value: { ids: atom.ids } }];
      case 'empty':
        problems.push(`The field '${name}' does not support searching for EMPTY values.`);
        return [];
      default:
        problems.push(`Error in the JQL Query: The value in the clause '${clause}' is not valid for the field '${name}'.`);
        return [];
    }
  });
  if (problems.length > 0) throw new JqlError(problems);
  return applyJqlOperator<IssueValue>(
    operator,
    operands,
    {
      isEmpty: () => false,
      equals: (issue, value) => ('issue' in value ? value.issue.id === issue.id : value.ids.has(issue.id)),
      compare: (issue, value, comparison) =>
        'issue' in value &&
        issue.fields.project.key === value.issue.fields.project.key &&
        compareOrdered(keyNumber(issue.key), comparison, keyNumber(value.issue.key)),
    },
    name,
    clause,
  );
}
