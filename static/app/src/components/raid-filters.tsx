import { raidKinds, type RaidKind } from '../../../../src/domain/raid';
import { riskSeverities, type RiskSeverity } from '../../../../src/domain/raid';
import type { RaidFilter } from '../raid/raid-filter';
import { raidKindLabels, severityLabels } from '../raid/raid-labels';
import type { FilterChoice } from './filter-choice';
import { FilterSelect } from './filter-select';

const kindChoices: readonly FilterChoice[] = raidKinds.map((kind) => ({ value: kind, label: raidKindLabels[kind] }));
const severityChoices: readonly FilterChoice[] = riskSeverities.map((severity) => ({ value: severity, label: severityLabels[severity] }));
const isKind = (value: string | null): value is RaidKind => value !== null && (raidKinds as readonly string[]).includes(value);
const isSeverity = (value: string | null): value is RiskSeverity => value !== null && (riskSeverities as readonly string[]).includes(value);

/** Narrow the RAID log by kind, risk severity and owner; each filter is cleared to show all. */
export function RaidFilters({
  owners,
  filter,
  onChange,
}: {
  readonly owners: readonly FilterChoice[];
  readonly filter: RaidFilter;
  readonly onChange: (filter: RaidFilter) => void;
}) {
  return (
    <div className="pmo-filters" role="group" aria-label="Filter the RAID log">
      <FilterSelect
        label="Kind"
        choices={kindChoices}
        value={filter.kind}
        onChange={(kind) => {
          onChange({ ...filter, kind: isKind(kind) ? kind : null });
        }}
      />
      <FilterSelect
        label="Severity"
        choices={severityChoices}
        value={filter.severity}
        onChange={(severity) => {
          onChange({ ...filter, severity: isSeverity(severity) ? severity : null });
        }}
      />
      <FilterSelect
        label="Owner"
        choices={owners}
        value={filter.owner}
        onChange={(owner) => {
          onChange({ ...filter, owner });
        }}
      />
    </div>
  );
}
