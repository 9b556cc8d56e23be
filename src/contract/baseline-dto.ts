import type { BaselineSummary } from '../domain/baseline/baseline';

/** One baseline as lists show it; of its projects, only how many the reader may browse is told. */
export interface BaselineDto extends Omit<BaselineSummary, 'projectKeys'> {
  readonly visibleProjectCount: number;
}

/** Every baseline, newest first. */
export interface BaselineListDto {
  readonly baselines: readonly BaselineDto[];
}

/** takeBaseline's payload: a name, and a day before today to baseline that day's snapshots instead of the current roll-ups. */
export interface TakeBaselinePayload {
  readonly name: string;
  readonly day?: string | undefined;
}
