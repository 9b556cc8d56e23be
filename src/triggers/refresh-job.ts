import { kvs } from '@forge/kvs';
import { z } from 'zod';
import { refreshJobBodySchema } from '../adapters/events/refresh-queue';
import { kvsKeys } from '../adapters/kvs/kvs-keys';

const consumerEventSchema = z.object({ body: refreshJobBodySchema });

/** Queue consumer for refresh jobs. An incremental job clears the project's stale mark once it has been handled. */
export async function refreshJob(event: unknown): Promise<void> {
  const { body } = consumerEventSchema.parse(event);
  switch (body.kind) {
    case 'incremental':
      await kvs.delete(kvsKeys.staleProject(body.projectKey));
      return;
    case 'full':
      return;
  }
}
