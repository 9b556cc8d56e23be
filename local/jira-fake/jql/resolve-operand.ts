import type { Operand } from '@atlaskit/jql-ast';
import type { JqlContext } from './jql-context';
import { evaluateDateFunction, isDateFunction } from './evaluate-date-function';
import { JqlError, unsupportedByFake } from './jql-error';
import type { JqlField } from './jql-field';
import { linkedIssueIds } from './linked-issue-ids';

/** One value on the right-hand side of a clause, after functions are evaluated. */
export type OperandAtom =
  | { readonly type: 'empty' }
  | { readonly type: 'text'; readonly value: string }
  | { readonly type: 'instant'; readonly ms: number }
  /** currentUser(); null for the app, which is nobody's assignee. */
  | { readonly type: 'user'; readonly accountId: string | null }
  | { readonly type: 'issues'; readonly ids: ReadonlySet<string> };

function functionAtom(name: string, args: readonly string[], field: JqlField, clause: string, ctx: JqlContext): OperandAtom {
  const lower = name.toLowerCase();
  if (lower === 'currentuser') {
    if (field.kind !== 'identity' || field.users !== true) {
      throw new JqlError([`Error in the JQL Query: Function 'currentUser' is not valid for the field '${field.name}'.`]);
    }
    return { type: 'user', accountId: ctx.viewer.accountId };
  }
  if (isDateFunction(lower)) {
    if (field.kind !== 'date') {
      throw new JqlError([`Error in the JQL Query: Function '${name}' is not valid for the field '${field.name}'.`]);
    }
    return { type: 'instant', ms: evaluateDateFunction(name, args, ctx.now) };
  }
  if (lower === 'linkedissues') {
    if (field.kind !== 'issue') throw new JqlError([`Error in the JQL Query: Function '${name}' is not valid for the field '${field.name}'.`]);
    const [key, description] = args;
    const source = key === undefined ? undefined : ctx.index.findIssue(key);
    if (source === undefined || !ctx.viewer.canSeeIssue(source)) {
      throw new JqlError([`Issue '${key ?? ''}' could not be found in function 'linkedIssues'.`]);
    }
    return { type: 'issues', ids: linkedIssueIds(source, description, ctx.index) };
  }
  throw new JqlError([unsupportedByFake(`The function '${name}()'`, clause)]);
}

/**
 * The values of a clause's operand: literal values, EMPTY, lists, and the functions the fake evaluates
 * (currentUser(), now() and the startOf/endOf family, linkedIssues()); any other function is a 400 naming the clause.
 */
export function resolveOperand(operand: Operand, field: JqlField, clause: string, ctx: JqlContext): OperandAtom[] {
  switch (operand.operandType) {
    case 'value':
      return [{ type: 'text', value: operand.value }];
    case 'keyword':
      return [{ type: 'empty' }];
    case 'function':
      return [
        functionAtom(
          operand.function.value,
          operand.arguments.map((a) => a.value),
          field,
          clause,
          ctx,
        ),
      ];
    case 'list':
      return operand.values.flatMap((value) => resolveOperand(value, field, clause, ctx));
  }
}
