import type { FilterChoice } from '../components/filter-choice';
import type { PortfolioRow } from './to-portfolio-rows';

export type { FilterChoice };

export interface FilterChoices {
  readonly programs: readonly FilterChoice[];
  readonly leads: readonly FilterChoice[];
}

/** Shown for projects without a lead, and for a lead whose name Jira does not give. */
export const noLeadLabel = 'No lead';
export const unnamedLeadLabel = 'Lead (name not available)';

/**
 * The programs and leads present in the rows, each once, sorted by what the reader sees.
 *
 * @example
 * listFilterChoices(rows).programs.map((choice) => choice.label); // => ['Core Platforms', 'Digital Channels']
 */
export function listFilterChoices(rows: readonly PortfolioRow[]): FilterChoices {
  const programs = new Map<string, FilterChoice>();
  const leads = new Map<string, FilterChoice>();
  for (const row of rows) {
    programs.set(row.program, { value: row.program, label: row.program });
    const value = row.leadId ?? '';
    leads.set(value, { value, label: row.leadId === null ? noLeadLabel : (row.leadName ?? unnamedLeadLabel) });
  }
  const byLabel = (a: FilterChoice, b: FilterChoice) => a.label.localeCompare(b.label) || a.value.localeCompare(b.value);
  return { programs: [...programs.values()].sort(byLabel), leads: [...leads.values()].sort(byLabel) };
}
