import type { FilterChoice } from '../components/filter-choice';

/** The choices of the intake board's filters. */
export interface IntakeFilterChoices {
  readonly programs: readonly FilterChoice[];
  readonly themes: readonly FilterChoice[];
  readonly stages: readonly FilterChoice[];
}
