import { datedSnapshotStore } from '../../../src/adapters/kvs/dated-snapshot-store';
import { computeProjectRollup } from '../../../src/domain/rollup/compute-project-rollup';
import type { ProjectRollup } from '../../../src/domain/rollup/project-rollup';
import { useMemoryKvs } from './use-memory-kvs';
import { aProjectKey } from '../../domain/builders/a-project-key';
import { aWorkItem } from '../../domain/builders/a-work-item';

function rollupOf(projectKey: string, day: string, done: number): ProjectRollup {
  const items = Array.from({ length: 4 }, (_, i) => aWorkItem({ key: `${projectKey}-${String(i + 1)}`, statusCategory: i < done ? 'done' : 'new' }));
  return computeProjectRollup({ project: { key: aProjectKey(projectKey), name: projectKey, category: null, leadId: null }, items }, `${day}T12:00:00.000Z`);
}

const currentStore = useMemoryKvs();

describe('datedSnapshotStore', () => {
  it('keeps one snapshot per project and day under snapshot:<day>:<KEY>, listing the days in order', async () => {
    await datedSnapshotStore.save('2026-11-20', rollupOf('PR', '2026-11-20', 1));
    await datedSnapshotStore.save('2026-11-18', rollupOf('PR', '2026-11-18', 0));
    await datedSnapshotStore.save('2026-11-20', rollupOf('PR', '2026-11-20', 2));
    await datedSnapshotStore.save('2026-11-19', rollupOf('QA', '2026-11-19', 0));
    expect(
      currentStore()
        .keys()
        .filter((k) => k.startsWith('snapshot:')),
    ).toEqual(['snapshot:2026-11-18:PR', 'snapshot:2026-11-19:QA', 'snapshot:2026-11-20:PR']);
    await expect(datedSnapshotStore.listDays('PR')).resolves.toEqual(['2026-11-18', '2026-11-20']);
  });

  it.each([
    ['2026-11-21', '2026-11-20', 2],
    ['2026-11-20', '2026-11-18', 0],
    ['2026-11-19', '2026-11-18', 0],
  ])('answers, before %s, the latest earlier snapshot (%s)', async (before, day, done) => {
    await datedSnapshotStore.save('2026-11-18', rollupOf('PR', '2026-11-18', 0));
    await datedSnapshotStore.save('2026-11-20', rollupOf('PR', '2026-11-20', 2));
    const found = await datedSnapshotStore.loadLatestBefore('PR', before);
    expect(found?.day).toBe(day);
    expect(found?.rollup.counts.done).toBe(done);
  });

  it('answers null when the project has no earlier snapshot', async () => {
    await datedSnapshotStore.save('2026-11-18', rollupOf('PR', '2026-11-18', 0));
    await expect(datedSnapshotStore.loadLatestBefore('PR', '2026-11-18')).resolves.toBeNull();
    await expect(datedSnapshotStore.loadLatestBefore('QA', '2026-12-01')).resolves.toBeNull();
  });

  it('refuses a day that is not yyyy-mm-dd', async () => {
    await expect(datedSnapshotStore.save('20.11.2026', rollupOf('PR', '2026-11-20', 0))).rejects.toThrow(RangeError);
  });
});
