import { z } from 'zod';

/**
 * A stored string read back through one of the domain's parsers, so a branded value (an issue key, an instant) is
 * only ever made by its parser; a string the parser refuses fails the schema.
 *
 * @example
 * brandedStringSchema(parseIssueKey, 'an issue key').parse('CORE-7'); // 'CORE-7' as an IssueKey
 */
export function brandedStringSchema<T>(parse: (raw: string) => T | null, what: string): z.ZodType<T> {
  return z.string().transform((raw, ctx): T => {
    const value = parse(raw);
    if (value === null) {
      ctx.issues.push({ code: 'custom', message: `not ${what}`, input: raw });
      return z.NEVER;
    }
    return value;
  });
}
