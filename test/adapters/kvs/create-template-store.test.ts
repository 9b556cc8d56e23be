import { kvs } from '@forge/kvs';
import { createTemplateStore } from '../../../src/adapters/kvs/create-template-store';
import { kvsKeys } from '../../../src/adapters/kvs/kvs-keys';
import { defaultTemplate } from '../../../src/domain/template/default-template';
import type { StoredTemplate } from '../../../src/ports/stored-template';
import { useMemoryKvs } from './use-memory-kvs';

const currentStore = useMemoryKvs();

function version(n: number): StoredTemplate {
  return { template: { ...defaultTemplate, id: 'pmo', name: `PMO v${String(n)}`, version: n }, savedAt: '2026-11-20T12:00:00.000Z', savedBy: 'admin' };
}

async function saveVersions(count: number): Promise<void> {
  const templates = createTemplateStore();
  for (let n = 1; n <= count; n += 1) await expect(templates.addTemplateVersion(version(n))).resolves.toBe('saved');
}

describe('createTemplateStore', () => {
  it('deletes every version of a template at its latest version', async () => {
    await saveVersions(3);
    await expect(createTemplateStore().deleteTemplate('pmo', 3)).resolves.toBe('deleted');
    expect(
      currentStore()
        .keys()
        .filter((key) => key.startsWith('template:')),
    ).toEqual([]);
  });

  it('refuses to delete a template someone has saved past the version asked for', async () => {
    await saveVersions(3);
    await expect(createTemplateStore().deleteTemplate('pmo', 2)).resolves.toBe('conflict');
    await expect(createTemplateStore().loadTemplate('pmo')).resolves.toMatchObject({ template: { version: 3 } });
  });

  it('finishes a delete that stopped part-way, instead of leaving a template no one can save or delete', async () => {
    await saveVersions(3);
    // What a delete that stopped after its marker and the first version leaves behind.
    await kvs.set(kvsKeys.templateVersion('pmo', 4), { deletingSince: '2026-11-20T11:00:00.000Z' });
    await kvs.delete(kvsKeys.templateVersion('pmo', 1));
    const templates = createTemplateStore();
    await expect(templates.addTemplateVersion(version(4))).resolves.toBe('conflict');
    await expect(templates.deleteTemplate('pmo', 3)).resolves.toBe('deleted');
    expect(
      currentStore()
        .keys()
        .filter((key) => key.startsWith('template:')),
    ).toEqual([]);
  });
});
