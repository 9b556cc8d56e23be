import { z } from 'zod';
import { jsonReply } from '../fake-reply';
import type { Handler } from './handler-context';
import { parseRequestBody } from './parse-request-body';
import { runJql } from './run-jql';

const countBodySchema = z.strictObject({ jql: z.string().nullable().optional() });

/** POST /rest/api/3/search/approximate-count: `{ count }` of the issues the viewer's query finds (exact in the fake). */
export const handleApproximateCount: Handler = (request, ctx) => {
  const parsed = parseRequestBody(countBodySchema, request.body);
  if ('reply' in parsed) return parsed.reply;
  const found = runJql(parsed.data.jql ?? '', ctx);
  return 'reply' in found ? found.reply : jsonReply(200, { count: found.issues.length });
};
