import { z } from 'zod';

const parameterSchema = z.looseObject({
  name: z.string(),
  in: z.string(),
  required: z.boolean().optional(),
  schema: z.unknown().optional(),
});

const mediaSchema = z.looseObject({ schema: z.unknown().optional() });

export const operationSchema = z.looseObject({
  operationId: z.string().optional(),
  deprecated: z.boolean().optional(),
  description: z.string().optional(),
  parameters: z.array(parameterSchema).optional(),
  requestBody: z.looseObject({ required: z.boolean().optional(), content: z.record(z.string(), mediaSchema).optional() }).optional(),
  responses: z.record(z.string(), z.looseObject({ content: z.record(z.string(), mediaSchema).optional() })),
});

/** The parts of an OpenAPI 3 document the validator reads. */
export const openApiDocumentSchema = z.looseObject({
  paths: z.record(z.string(), z.record(z.string(), z.unknown())),
  components: z.looseObject({ schemas: z.record(z.string(), z.unknown()).optional() }).optional(),
});

export type OpenApiOperation = z.infer<typeof operationSchema>;
export type OpenApiParameter = z.infer<typeof parameterSchema>;
