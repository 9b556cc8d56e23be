import { describeReportScope } from '../../../src/domain/report/describe-report-scope';
import type { ReportScope } from '../../../src/domain/report/report-scope';
import { selectScopeProjects } from '../../../src/domain/report/select-scope-projects';

const projects = [
  { key: 'ALPHA', category: 'Digital' },
  { key: 'BETA', category: 'Digital' },
  { key: 'GAMMA', category: 'Operations' },
  { key: 'DELTA', category: null },
];

describe('selectScopeProjects', () => {
  it.each<[string, ReportScope, string[]]>([
    ['takes every project for the whole portfolio', { kind: 'portfolio' }, ['ALPHA', 'BETA', 'GAMMA', 'DELTA']],
    ['takes the projects of a named program, whatever the case', { kind: 'programs', names: ['digital'] }, ['ALPHA', 'BETA']],
    ['takes the projects of several programs', { kind: 'programs', names: ['Digital', 'Operations'] }, ['ALPHA', 'BETA', 'GAMMA']],
    ['takes listed projects by key, whatever the case', { kind: 'projects', keys: ['gamma', 'ALPHA'] }, ['ALPHA', 'GAMMA']],
    ['takes nothing for an unknown program', { kind: 'programs', names: ['Nowhere'] }, []],
  ])('%s', (_name, scope, expected) => {
    expect(selectScopeProjects(scope, projects).map((p) => p.key)).toEqual(expected);
  });
});

describe('describeReportScope', () => {
  it.each<[ReportScope, string]>([
    [{ kind: 'portfolio' }, 'Whole portfolio'],
    [{ kind: 'programs', names: ['Digital'] }, 'Program Digital'],
    [{ kind: 'projects', keys: ['ALPHA', 'BETA'] }, 'Projects ALPHA, BETA'],
  ])('names %j as "%s"', (scope, expected) => {
    expect(describeReportScope(scope)).toBe(expected);
  });
});
