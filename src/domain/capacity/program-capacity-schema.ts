// zod/mini, as the compliance fields: the capacity form in the browser may validate with it, and the mini API
// tree-shakes where the classic one carries every locale along.
import * as z from 'zod/mini';
import { capacityUnits } from './capacity-unit';
import { parseQuarter } from './parse-quarter';
import type { ProgramCapacity } from './program-capacity';
import type { Quarter } from './quarter';

const amounts = z
  .record(
    z.string(),
    z
      .number({ error: 'capacity must be a number' })
      .check(z.gte(0, 'capacity must not be negative'), z.lte(1e12, 'capacity must be at most 1,000,000,000,000')),
    { error: 'byQuarter must map quarters (yyyy-Qn) to capacities' },
  )
  .check(
    z.superRefine((byQuarter, context) => {
      const seen = new Set<Quarter>();
      const written = Object.keys(byQuarter);
      if (written.length > 400) context.addIssue({ code: 'custom', message: 'byQuarter holds at most 400 quarters', input: byQuarter });
      for (const key of written) {
        const quarter = parseQuarter(key);
        if (quarter === null) {
          context.addIssue({ code: 'custom', message: `"${key}" is not a quarter: write it yyyy-Qn, e.g. 2027-Q1`, path: [key], input: key });
        } else if (seen.has(quarter)) {
          context.addIssue({ code: 'custom', message: `${quarter} is given twice`, path: [key], input: key });
        } else {
          seen.add(quarter);
        }
      }
    }),
  );

const byQuarter = z.pipe(
  amounts,
  z.transform((written: Readonly<Record<string, number>>) => {
    const entries = Object.entries(written).flatMap(([key, amount]) => {
      const quarter = parseQuarter(key);
      return quarter === null ? [] : [[quarter, amount] as const];
    });
    // Quarters in time order, so equal capacities serialise to equal JSON.
    entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    const result: Partial<Record<Quarter, number>> = {};
    for (const [quarter, amount] of entries) result[quarter] = amount;
    return result;
  }),
);

/**
 * Validates one program's capacity as an admin sets it or an import brings it: the program's name, its unit
 * (`story-points` or `person-days`) and a capacity of at least 0 per quarter written `yyyy-Qn`. Each problem gets a
 * message naming it and the path to it (`['byQuarter', '2027-Q5']`); quarters are read as `parseQuarter` reads them
 * and come out written with a capital Q, in time order.
 */
export const programCapacitySchema: z.ZodMiniType<ProgramCapacity> = z.strictObject(
  {
    program: z
      .string({ error: 'program must be text' })
      .check(z.trim(), z.minLength(1, 'program must not be empty'), z.maxLength(255, 'program is longer than 255 characters')),
    unit: z.enum(capacityUnits, { error: `unit must be one of ${capacityUnits.join(', ')}` }),
    byQuarter,
  },
  {
    error: (issue) =>
      issue.code === 'unrecognized_keys'
        ? `a program capacity has no field ${issue.keys.join(', ')}: only program, unit and byQuarter`
        : 'a program capacity must be an object with program, unit and byQuarter',
  },
);
