import { findOverlappingResources } from '../../../scripts/deploy/find-overlapping-resources';

describe('findOverlappingResources', () => {
  it.each([
    [
      'siblings do not overlap',
      [
        { key: 'ui', path: 'static/build/ui' },
        { key: 'config', path: 'static/build/config' },
      ],
      [],
    ],
    [
      'a folder inside another overlaps',
      [
        { key: 'ui', path: 'static/build' },
        { key: 'config', path: 'static/build/config' },
      ],
      [{ outer: 'ui', inner: 'config' }],
    ],
    [
      'the same folder twice overlaps once',
      [
        { key: 'a', path: 'static/build' },
        { key: 'b', path: 'static/build/' },
      ],
      [{ outer: 'a', inner: 'b' }],
    ],
    [
      'a shared name prefix is not nesting',
      [
        { key: 'ui', path: 'static/build' },
        { key: 'other', path: 'static/build-config' },
      ],
      [],
    ],
    ['one resource alone never overlaps', [{ key: 'ui', path: 'static/build' }], []],
  ])('%s', (_name, resources, expected) => {
    expect(findOverlappingResources(resources)).toEqual(expected);
  });
});
