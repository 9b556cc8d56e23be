import type { ProgramCapacity } from '../../../../src/domain/capacity/program-capacity';
import { programCapacitySchema } from '../../../../src/domain/capacity/program-capacity-schema';

/** A program's capacity in story points, read through the schema as the admin page's would be. */
export function capacityOf(program: string, byQuarter: Readonly<Record<string, number>>): ProgramCapacity {
  return programCapacitySchema.parse({ program, unit: 'story-points', byQuarter });
}
