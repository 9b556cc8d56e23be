import type { ReportIntakePorts } from '../app/load-report-intake';
import { capacityReadDepsOf } from './capacity-read-deps-of';
import type { ResolverDeps } from './resolver-deps';

/** The stores the report's intake section reads, from an invocation's deps: the intake board's and capacity's. */
export function reportIntakePortsOf(deps: ResolverDeps): ReportIntakePorts {
  return { board: deps.intake, capacity: capacityReadDepsOf(deps) };
}
