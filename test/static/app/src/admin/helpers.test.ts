import { diffValues } from '../../../../../static/app/src/admin/diff-values';
import { problemsByPath } from '../../../../../static/app/src/admin/problems-by-path';
import { problemsUnder } from '../../../../../static/app/src/admin/problems-under';
import { splitNames } from '../../../../../static/app/src/admin/split-names';
import { uniqueId } from '../../../../../static/app/src/admin/unique-id';

describe('splitNames', () => {
  it.each<[string, string, string[]]>([
    ['reads a comma-separated list, trimming each name', ' Story, Bug ', ['Story', 'Bug']],
    ['drops blanks left by doubled or trailing commas', 'Story,, Bug,', ['Story', 'Bug']],
    ['answers no names for an empty field', '   ', []],
  ])('%s', (_name, text, expected) => {
    expect(splitNames(text)).toEqual(expected);
  });
});

describe('uniqueId', () => {
  it.each<[string, string, string[], string]>([
    ['keeps a free id as it is', 'owner', [], 'owner'],
    ['numbers a taken id from 2', 'owner', ['owner'], 'owner-2'],
    ['skips numbers already taken', 'owner', ['owner', 'owner-2'], 'owner-3'],
  ])('%s', (_name, base, taken, expected) => {
    expect(uniqueId(base, taken)).toBe(expected);
  });
});

describe('problemsByPath and problemsUnder', () => {
  const byPath = problemsByPath([
    { path: ['rules', 2, 'maxDays'], message: 'must be at least 1 day' },
    { path: ['rules', 2, 'maxDays'], message: 'must be a whole number of days' },
    { path: ['rules', 12, 'title'], message: 'title must not be empty' },
    { path: ['name'], message: 'name must not be empty' },
  ]);
  it('groups the messages of one field under its path', () => {
    expect(byPath.get('rules.2.maxDays')).toEqual(['must be at least 1 day', 'must be a whole number of days']);
  });
  it('gives a rule its own problems only, not those of rule 12 whose path starts alike', () => {
    expect(problemsUnder(byPath, 'rules.2')).toEqual(['maxDays: must be at least 1 day', 'maxDays: must be a whole number of days']);
    expect(problemsUnder(byPath, 'rules.1')).toEqual([]);
  });
});

describe('diffValues', () => {
  it.each<[string, unknown, unknown, { path: string; before: unknown; after: unknown }[]]>([
    [
      'names each changed leaf by its path',
      { name: 'A', version: 1, rules: [{ id: 'x' }] },
      { name: 'B', version: 2, rules: [{ id: 'x' }] },
      [
        { path: 'name', before: 'A', after: 'B' },
        { path: 'version', before: 1, after: 2 },
      ],
    ],
    [
      'shows an added rule as new leaves',
      { rules: [] },
      { rules: [{ id: 'x' }] },
      [
        { path: 'rules', before: [], after: undefined },
        { path: 'rules.0.id', before: undefined, after: 'x' },
      ],
    ],
    ['finds nothing between equal values', { a: [1, { b: null }] }, { a: [1, { b: null }] }, []],
    [
      'compares a created value against nothing',
      null,
      { templateId: 't' },
      [
        { path: '(whole value)', before: null, after: undefined },
        { path: 'templateId', before: undefined, after: 't' },
      ],
    ],
  ])('%s', (_name, before, after, expected) => {
    expect(diffValues(before, after)).toEqual(expected);
  });
});
