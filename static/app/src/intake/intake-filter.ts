import type { IntakeStage } from '../../../../src/domain/intake';

/** What the intake board is narrowed to; null in a field means "All". `program` is the written program or "No program". */
export interface IntakeFilter {
  readonly program: string | null;
  readonly theme: string | null;
  readonly stage: IntakeStage | null;
}
