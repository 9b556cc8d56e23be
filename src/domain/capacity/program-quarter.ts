import type { Quarter } from './quarter';

/** One cell of the heat map by name: a program and a quarter. */
export interface ProgramQuarter {
  readonly program: string;
  readonly quarter: Quarter;
}
