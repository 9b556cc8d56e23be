import type { z } from 'zod';

/**
 * The first problems of a failed validation in words, each with the path to it, e.g.
 * `templates.1.rules.0.severity: severity must be one of info, minor, major, critical`.
 */
export function describeZodError(error: z.ZodError, max = 3): string {
  const problems = error.issues.slice(0, max).map((issue) => `${issue.path.length > 0 ? issue.path.join('.') : '(top level)'}: ${issue.message}`);
  const more = error.issues.length > max ? ` (and ${String(error.issues.length - max)} more)` : '';
  return problems.join('; ') + more;
}
