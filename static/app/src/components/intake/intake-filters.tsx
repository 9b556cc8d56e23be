import { intakeStages, type IntakeStage } from '../../../../../src/domain/intake';
import type { IntakeFilter } from '../../intake/intake-filter';
import type { IntakeFilterChoices } from '../../intake/intake-filter-choices';
import { FilterSelect } from '../filter-select';

function isStage(value: string): value is IntakeStage {
  return intakeStages.some((stage) => stage === value);
}

/** Narrow the intake board by program, theme and stage, each cleared to show all. */
export function IntakeFilters({
  choices,
  filter,
  onChange,
}: {
  readonly choices: IntakeFilterChoices;
  readonly filter: IntakeFilter;
  readonly onChange: (filter: IntakeFilter) => void;
}) {
  return (
    <div className="pmo-filters" role="group" aria-label="Filter proposals">
      <FilterSelect
        label="Program"
        choices={choices.programs}
        value={filter.program}
        onChange={(program) => {
          onChange({ ...filter, program });
        }}
      />
      <FilterSelect
        label="Theme"
        choices={choices.themes}
        value={filter.theme}
        onChange={(theme) => {
          onChange({ ...filter, theme });
        }}
      />
      <FilterSelect
        label="Stage"
        choices={choices.stages}
        value={filter.stage}
        onChange={(stage) => {
          onChange({ ...filter, stage: stage !== null && isStage(stage) ? stage : null });
        }}
      />
    </div>
  );
}
