import fc from 'fast-check';
import { createRandom } from '../../../local/demo/create-random';

describe('createRandom', () => {
  it('repeats the same sequence for the same seed', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 ** 31 }), (seed) => {
        const a = createRandom(seed);
        const b = createRandom(seed);
        return Array.from({ length: 20 }, () => a.next()).every((x) => x === b.next());
      }),
    );
  });

  it('gives floats in [0, 1) and integers within both ends', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1000 }), fc.integer({ min: -50, max: 50 }), fc.integer({ min: 0, max: 20 }), (seed, min, width) => {
        const rand = createRandom(seed);
        const x = rand.next();
        const n = rand.int(min, min + width);
        return x >= 0 && x < 1 && Number.isInteger(n) && n >= min && n <= min + width;
      }),
    );
  });

  it('reaches both ends of an integer range', () => {
    const rand = createRandom(5);
    const seen = new Set(Array.from({ length: 200 }, () => rand.int(1, 3)));
    expect([...seen].sort()).toEqual([1, 2, 3]);
  });

  it('refuses to pick from an empty list', () => {
    expect(() => createRandom(1).pick([])).toThrow('empty');
  });

  it.each([[0], [1]])('answers chance(%d) always the same way', (p) => {
    const rand = createRandom(3);
    expect(new Set(Array.from({ length: 50 }, () => rand.chance(p)))).toEqual(new Set([p === 1]));
  });
});
