import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { capacityUnits } from '../../src/domain/capacity';
import { changeOutcomes, decisionSources } from '../../src/domain/change-control';
import { ruleKinds } from '../../src/domain/compliance';
import { intakeStages, scoringModelKinds, wsjfRoles } from '../../src/domain/intake';
import { rags, ragDimensions } from '../../src/domain/rag';
import { overrideRags, ragOverrideTargets } from '../../src/domain/rag-override';
import { raidKinds } from '../../src/domain/raid';

const root = join(__dirname, '..', '..');

/** Each closed list, and the one file allowed to spell it out. */
const closedLists: readonly { name: string; members: readonly string[]; declaredIn: string }[] = [
  { name: 'RAG colours', members: rags, declaredIn: 'src/domain/rag/rag.ts' },
  { name: 'override colours', members: overrideRags, declaredIn: 'src/domain/rag-override/rag-override.ts' },
  { name: 'RAG dimensions', members: ragDimensions, declaredIn: 'src/domain/rag/rag-dimension.ts' },
  { name: 'override targets', members: ragOverrideTargets, declaredIn: 'src/domain/rag-override/rag-override.ts' },
  { name: 'RAID kinds', members: raidKinds, declaredIn: 'src/domain/raid/raid-kind.ts' },
  { name: 'rule kinds', members: ruleKinds, declaredIn: 'src/domain/compliance/rule-kind-registry.ts' },
  { name: 'change outcomes', members: changeOutcomes, declaredIn: 'src/domain/change-control/change-outcome.ts' },
  { name: 'decision sources', members: decisionSources, declaredIn: 'src/domain/change-control/decision-source.ts' },
  { name: 'intake stages', members: intakeStages, declaredIn: 'src/domain/intake/intake-stage.ts' },
  { name: 'scoring model kinds', members: scoringModelKinds, declaredIn: 'src/domain/intake/scoring-model-kind.ts' },
  { name: 'WSJF roles', members: wsjfRoles, declaredIn: 'src/domain/intake/wsjf-role.ts' },
  { name: 'capacity units', members: capacityUnits, declaredIn: 'src/domain/capacity/capacity-unit.ts' },
];

/**
 * Copies that predate the rule, in files other people are changing; each should derive from the declaration
 * (`ragsWorstFirst`, `ragOverrideTargets`, `Rag`), after which its line here goes.
 */
const knownCopies: readonly string[] = ['static/app/src/portfolio/summarize-aggregate.ts: RAG colours'];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    if (entry.name === 'node_modules' || entry.name === 'build') return [];
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

/** The string literals of an array literal or a union of literal types, when that is all it holds. */
function literalList(node: ts.Node): string[] | null {
  if (ts.isArrayLiteralExpression(node) && node.elements.length > 1 && node.elements.every(ts.isStringLiteral))
    return node.elements.map((e) => (ts.isStringLiteral(e) ? e.text : ''));
  if (ts.isUnionTypeNode(node) && node.types.every((t) => ts.isLiteralTypeNode(t) && ts.isStringLiteral(t.literal))) {
    return node.types.map((t) => (ts.isLiteralTypeNode(t) && ts.isStringLiteral(t.literal) ? t.literal.text : ''));
  }
  return null;
}

function copiesIn(file: string): string[] {
  const path = relative(root, file);
  const source = ts.createSourceFile(
    file,
    readFileSync(file, 'utf8'),
    ts.ScriptTarget.Latest,
    true,
    file.endsWith('.tsx') ? ts.ScriptKind.TSX : ts.ScriptKind.TS,
  );
  const found: string[] = [];
  const visit = (node: ts.Node): void => {
    const list = literalList(node);
    if (list !== null) {
      for (const closed of closedLists) {
        // The same members in any order spell the closed list out again; a subset (a template's chosen kinds) is data.
        const same = list.length === closed.members.length && closed.members.every((member) => list.includes(member));
        if (same && path !== closed.declaredIn) found.push(`${path}: ${closed.name}`);
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

describe('closed lists', () => {
  const copies = ['src', 'static/app', 'local'].flatMap((dir) => sourceFiles(join(root, dir))).flatMap(copiesIn);

  it('are spelled out only where they are declared: everything else derives from the declaration', () => {
    expect(copies.filter((copy) => !knownCopies.includes(copy))).toEqual([]);
  });

  it('lists no known copy that has since been removed', () => {
    expect(knownCopies.filter((copy) => !copies.includes(copy))).toEqual([]);
  });
});
