import type { TerminalClause } from '@atlaskit/jql-ast';
import { applyJqlOperator, type TypedOperand } from './apply-jql-operator';
import { clauseText } from './clause-text';
import { compareOrdered } from './compare-ordered';
import { compileIssueClause } from './compile-issue-clause';
import type { IssuePredicate, JqlContext } from './jql-context';
import { JqlError, unsupportedByFake } from './jql-error';
import type { JqlField } from './jql-field';
import { invalidDateMessage, parseJqlDate } from './parse-jql-date';
import { resolveJqlField } from './resolve-jql-field';
import { resolveOperand, type OperandAtom } from './resolve-operand';

const HISTORY_OPERATORS = new Set(['was', 'was not', 'was in', 'was not in', 'changed']);

type Typed<T> = (atom: OperandAtom, problems: string[]) => TypedOperand<T> | null;

function typeAll<T>(atoms: readonly OperandAtom[], typed: Typed<T>): TypedOperand<T>[] {
  const problems: string[] = [];
  const operands = atoms.flatMap((atom) => {
    if (atom.type === 'empty') return [{ empty: true } as const];
    const operand = typed(atom, problems);
    return operand === null ? [] : [operand];
  });
  if (problems.length > 0) throw new JqlError(problems);
  return operands;
}

function invalidValue(field: JqlField, clause: string): string {
  return `Error in the JQL Query: The value in the clause '${clause}' is not valid for the field '${field.name}'.`;
}

function compileText(field: Extract<JqlField, { kind: 'text' }>, operator: string, atoms: readonly OperandAtom[], clause: string): IssuePredicate {
  if (operator === 'is' || operator === 'is not') {
    const operands = typeAll<OperandAtom>(atoms, (atom) => ({ empty: false, value: atom }));
    return applyJqlOperator(operator, operands, { isEmpty: (i) => (field.read(i) ?? '') === '', equals: () => false }, field.name, clause);
  }
  if (operator !== '~' && operator !== '!~') throw new JqlError([`The operator '${operator}' is not supported by the '${field.name}' field.`]);
  const [atom, ...rest] = atoms;
  if (atom?.type !== 'text' || rest.length > 0) throw new JqlError([invalidValue(field, clause)]);
  const words = atom.value
    .toLowerCase()
    .split(/\s+/)
    .filter((w) => w !== '');
  const contains = (text: string): boolean => words.every((w) => text.toLowerCase().includes(w));
  return operator === '~'
    ? (issue) => contains(field.read(issue) ?? '')
    : (issue) => {
        const text = field.read(issue);
        return text !== null && text !== '' && !contains(text);
      };
}

function compileField(field: JqlField, operator: string, atoms: readonly OperandAtom[], clause: string, ctx: JqlContext): IssuePredicate {
  if ((operator === '~' || operator === '!~') && field.kind !== 'text') {
    throw new JqlError([`The operator '${operator}' is not supported by the '${field.name}' field.`]);
  }
  switch (field.kind) {
    case 'text':
      return compileText(field, operator, atoms, clause);
    case 'issue':
      return compileIssueClause(field.name, operator, atoms, clause, ctx);
    case 'identity': {
      const operands = typeAll<string | null>(atoms, (atom, problems) => {
        if (atom.type === 'user') return { empty: false, value: atom.accountId?.toLowerCase() ?? null };
        if (atom.type !== 'text') {
          problems.push(invalidValue(field, clause));
          return null;
        }
        if (field.emptyAliases?.includes(atom.value.toLowerCase())) return { empty: true };
        const problem = field.check?.(atom.value) ?? null;
        if (problem !== null) {
          problems.push(problem);
          return null;
        }
        return { empty: false, value: atom.value.toLowerCase() };
      });
      return applyJqlOperator(
        operator,
        operands,
        {
          isEmpty: (issue) => field.read(issue).length === 0,
          equals: (issue, value) => value !== null && field.read(issue).some((ids) => ids.includes(value)),
        },
        field.name,
        clause,
      );
    }
    case 'date': {
      const operands = typeAll<number>(atoms, (atom, problems) => {
        if (atom.type === 'instant') return { empty: false, value: atom.ms };
        const ms = atom.type === 'text' ? parseJqlDate(atom.value, ctx.now) : null;
        if (ms === null) {
          problems.push(atom.type === 'text' ? invalidDateMessage(atom.value, field.name) : invalidValue(field, clause));
          return null;
        }
        return { empty: false, value: ms };
      });
      return applyJqlOperator(
        operator,
        operands,
        {
          isEmpty: (issue) => field.read(issue) === null,
          equals: (issue, value) => field.read(issue) === value,
          compare: (issue, value, comparison) => compareOrdered(field.read(issue) ?? Number.NaN, comparison, value),
        },
        field.name,
        clause,
      );
    }
    case 'number': {
      const operands = typeAll<number>(atoms, (atom, problems) => {
        const value = atom.type === 'text' && atom.value.trim() !== '' ? Number(atom.value) : Number.NaN;
        if (Number.isNaN(value)) {
          problems.push(`The value '${atom.type === 'text' ? atom.value : ''}' is not a valid number for the field '${field.name}'.`);
          return null;
        }
        return { empty: false, value };
      });
      return applyJqlOperator(
        operator,
        operands,
        {
          isEmpty: (issue) => field.read(issue).length === 0,
          equals: (issue, value) => field.read(issue).includes(value),
          compare: (issue, value, comparison) => field.read(issue).some((v) => compareOrdered(v, comparison, value)),
        },
        field.name,
        clause,
      );
    }
  }
}

/**
 * Compiles one `field operator operand` clause into a predicate over issues. History searches (WAS, CHANGED, and so
 * their time predicates BEFORE, AFTER, ...) are outside the fake's subset and answer a 400 naming the clause.
 */
export function compileTerminalClause(clause: TerminalClause, ctx: JqlContext): IssuePredicate {
  const text = clauseText(clause, ctx.jql);
  const operator = clause.operator?.value;
  if (operator !== undefined && HISTORY_OPERATORS.has(operator)) throw new JqlError([unsupportedByFake(`The operator '${operator}'`, text)]);
  const field = resolveJqlField(clause.field, text, ctx);
  if (operator === undefined || !clause.operand) throw new JqlError([`Error in the JQL Query: The clause '${text}' is incomplete.`]);
  return compileField(field, operator, resolveOperand(clause.operand, field, text, ctx), text, ctx);
}
