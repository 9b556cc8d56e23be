/** The request bodies of the Forge KVS protocol as @forge/kvs sends them (POST /api/v1/...). */
import { z } from 'zod';

const keySchema = z.string().min(1).max(500);

export const getRequestSchema = z.object({
  key: keySchema,
  options: z.object({ metadataFields: z.array(z.string()).optional() }).optional(),
});

export const setOptionsSchema = z.object({
  ttl: z.object({ value: z.number().positive(), unit: z.enum(['SECONDS', 'MINUTES', 'HOURS', 'DAYS']) }).optional(),
  keyPolicy: z.enum(['OVERRIDE', 'FAIL_IF_EXISTS']).optional(),
  returnValue: z.enum(['PREVIOUS', 'LATEST']).optional(),
  returnMetadataFields: z.array(z.string()).optional(),
});

export const setRequestSchema = z.object({ key: keySchema, value: z.unknown(), options: setOptionsSchema.optional() });

export const deleteRequestSchema = z.object({ key: keySchema });

export const whereClauseSchema = z.object({
  property: z.literal('key'),
  condition: z.literal('BEGINS_WITH'),
  values: z.tuple([z.string()]),
});

export const queryRequestSchema = z.object({
  limit: z.number().int().min(1).max(100).optional(),
  after: z.string().optional(),
  where: z.array(whereClauseSchema).max(1).optional(),
});

export const transactionRequestSchema = z.object({
  set: z.array(z.object({ key: keySchema, value: z.unknown(), options: setOptionsSchema.optional() })).optional(),
  delete: z.array(z.object({ key: keySchema })).optional(),
});

export const batchSetRequestSchema = z.array(z.object({ key: keySchema, value: z.unknown() })).max(25);
export const batchKeysRequestSchema = z.array(z.object({ key: keySchema })).max(25);
