import { z } from 'zod';

export const viewerDtoSchema = z.object({
  accountId: z.string(),
  displayName: z.string(),
  isAdmin: z.boolean(),
  projects: z.array(z.object({ key: z.string(), name: z.string(), category: z.string().nullable() })),
});
