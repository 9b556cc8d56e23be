import { describeStorageWrites } from '../../../scripts/bench/describe-storage-writes';

describe('describeStorageWrites', () => {
  it.each([
    [
      'counts what the phase wrote, not what was written before it',
      { values: 10, units: 40 },
      { values: 130, units: 8040 },
      "storage, full refresh: 120 values written, 8,000 write units of 10 KB (2.0 minutes of Forge's 4,000-unit quota)",
    ],
    [
      'says so when a phase wrote nothing',
      { values: 5, units: 5 },
      { values: 5, units: 5 },
      "storage, full refresh: 0 values written, 0 write units of 10 KB (0.0 minutes of Forge's 4,000-unit quota)",
    ],
  ])('%s', (_name, before, after, expected) => {
    expect(describeStorageWrites('full refresh', before, after)).toBe(expected);
  });
});
