import type { FrozenReport, FrozenReportSummary } from '../domain/report/frozen-report';

/** Where frozen reports are kept: written once, never changed. */
export interface FrozenReportStore {
  /** Stores a new frozen report; answers false when one with its id already exists (nothing is overwritten). */
  save(frozen: FrozenReport): Promise<boolean>;
  /** The frozen reports published from one macro, newest first. */
  list(macroId: string): Promise<readonly FrozenReportSummary[]>;
  load(macroId: string, id: string): Promise<FrozenReport | null>;
}
