import { kvs } from '@forge/kvs';
import { createBaselineStore } from '../../../src/adapters/kvs/create-baseline-store';
import { takeBaseline } from '../../../src/domain/baseline/take-baseline';
import { computeProjectRollup } from '../../../src/domain/rollup/compute-project-rollup';
import type { ProjectRollup } from '../../../src/domain/rollup/project-rollup';
import { useMemoryKvs } from './use-memory-kvs';
import { aProjectKey } from '../../domain/builders/a-project-key';
import { aWorkItem } from '../../domain/builders/a-work-item';

function rollupOf(projectKey: string): ProjectRollup {
  const items = Array.from({ length: 3 }, (_, i) => aWorkItem({ key: `${projectKey}-${String(i + 1)}`, statusCategory: i === 0 ? 'done' : 'new' }));
  return computeProjectRollup({ project: { key: aProjectKey(projectKey), name: projectKey, category: null, leadId: null }, items }, '2026-11-20T12:00:00.000Z');
}

const takenBy = { accountId: 'admin', displayName: 'Ada Admin' };
const baselineOf = (id: string, name: string, takenAt = '2026-11-21T09:00:00.000Z') =>
  takeBaseline({ id, name, takenAt, takenBy, fromDay: null, rollups: [rollupOf('PR'), rollupOf('QA')] });

const currentStore = useMemoryKvs();

describe('createBaselineStore', () => {
  it('keeps the summary, one roll-up per project and the held name under their own keys', async () => {
    await expect(createBaselineStore().create(baselineOf('20261121T090000Z-00000001', 'Gate 2'))).resolves.toBe('created');
    expect(
      currentStore()
        .keys()
        .filter((k) => k.startsWith('baseline'))
        .map((k) => k.replace(/[0-9a-f]{48}$/, '<digest>')),
    ).toEqual([
      'baseline-name:<digest>',
      'baseline-rollup:20261121T090000Z-00000001:PR',
      'baseline-rollup:20261121T090000Z-00000001:QA',
      'baseline:20261121T090000Z-00000001',
    ]);
  });

  it("reads back each project's roll-up, and none for a project it does not hold", async () => {
    const baselines = createBaselineStore();
    await baselines.create(baselineOf('20261121T090000Z-00000001', 'Gate 2'));
    expect((await baselines.loadRollup('20261121T090000Z-00000001', 'QA'))?.counts).toEqual(rollupOf('QA').counts);
    await expect(baselines.loadRollup('20261121T090000Z-00000001', 'ZZ')).resolves.toBeNull();
  });

  it.each([
    ['the same name', 'Gate 2'],
    ['the name in other case and spacing', '  gate   2'],
  ])('refuses a second baseline with %s and writes nothing of it', async (_name, name) => {
    const baselines = createBaselineStore();
    await baselines.create(baselineOf('20261121T090000Z-00000001', 'Gate 2'));
    const before = currentStore().keys();
    await expect(baselines.create(baselineOf('20261121T090500Z-00000002', name, '2026-11-21T09:05:00.000Z'))).resolves.toBe('name-taken');
    expect(currentStore().keys()).toEqual(before);
  });

  it('lists baselines newest first', async () => {
    const baselines = createBaselineStore();
    await baselines.create(baselineOf('20261121T090000Z-00000001', 'Older'));
    await baselines.create(baselineOf('20261122T090000Z-00000002', 'Newer', '2026-11-22T09:00:00.000Z'));
    expect((await baselines.list()).map((b) => b.name)).toEqual(['Newer', 'Older']);
  });

  it('removes every key of a baseline and frees its name', async () => {
    const baselines = createBaselineStore();
    await baselines.create(baselineOf('20261121T090000Z-00000001', 'Gate 2'));
    expect((await baselines.remove('20261121T090000Z-00000001'))?.name).toBe('Gate 2');
    expect(
      currentStore()
        .keys()
        .filter((k) => k.startsWith('baseline')),
    ).toEqual([]);
    await expect(baselines.create(baselineOf('20261121T091000Z-00000003', 'Gate 2', '2026-11-21T09:10:00.000Z'))).resolves.toBe('created');
    await expect(baselines.remove('20261121T090000Z-00000001')).resolves.toBeNull();
  });

  it.each([
    ['a minute later, frees a name whose baseline was never written (a failed take)', '2026-11-21T09:01:00.000Z', 'created'],
    ['within the minute, keeps the name for a take that may still be writing', '2026-11-21T09:00:30.000Z', 'name-taken'],
  ])('%s', async (_name, takenAt, expected) => {
    const baselines = createBaselineStore();
    await baselines.create(baselineOf('20261121T090000Z-00000001', 'Gate 2'));
    // What a take that stopped after holding the name leaves behind: the name, and no summary.
    await kvs.delete('baseline:20261121T090000Z-00000001');
    await expect(baselines.create(baselineOf('20261121T090100Z-00000002', 'Gate 2', takenAt))).resolves.toBe(expected);
  });
});
