import type { ChangeControlRecords } from './change-control-records';
import type { ChangePolicy } from './change-policy';

/** Everything change control is judged from besides the project's items: the records and the template's change policy. */
export interface ChangeControlInputs extends ChangeControlRecords {
  readonly policy: ChangePolicy;
}
