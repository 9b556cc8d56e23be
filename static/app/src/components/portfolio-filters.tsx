import Checkbox from '@atlaskit/checkbox';
import { rags, type Rag } from '../../../../src/domain/rag';
import { changeControlFlags } from '../portfolio/change-control-flag';
import { changeControlFlagLabels } from '../portfolio/change-control-flag-labels';
import type { FilterChoice, FilterChoices } from '../portfolio/list-filter-choices';
import type { PortfolioFilter } from '../portfolio/portfolio-filter';
import { ragLabels } from '../portfolio/rag-labels';
import { FilterSelect } from './filter-select';
import '../portfolio/portfolio-change-control.css';

const ragChoices: readonly FilterChoice[] = rags.map((rag) => ({ value: rag, label: ragLabels[rag] }));

function isRag(value: string): value is Rag {
  return (rags as readonly string[]).includes(value);
}

/**
 * Narrow the portfolio by program, overall colour and project lead (each cleared to show all), and to projects with
 * pending changes or uncontrolled slips (each unticked to show all).
 */
export function PortfolioFilters({
  choices,
  filter,
  onChange,
}: {
  readonly choices: FilterChoices;
  readonly filter: PortfolioFilter;
  readonly onChange: (filter: PortfolioFilter) => void;
}) {
  return (
    <div className="pmo-filters" role="group" aria-label="Filter projects">
      <FilterSelect
        label="Program"
        choices={choices.programs}
        value={filter.program}
        onChange={(program) => {
          onChange({ ...filter, program });
        }}
      />
      <FilterSelect
        label="Overall RAG"
        choices={ragChoices}
        value={filter.overall}
        onChange={(overall) => {
          onChange({ ...filter, overall: overall !== null && isRag(overall) ? overall : null });
        }}
      />
      <FilterSelect
        label="Lead"
        choices={choices.leads}
        value={filter.lead}
        onChange={(lead) => {
          onChange({ ...filter, lead });
        }}
      />
      <fieldset className="pmo-change-flags">
        <legend className="pmo-field-label">Change control</legend>
        <div className="pmo-change-flag-boxes">
          {changeControlFlags.map((flag) => (
            <Checkbox
              key={flag}
              name="change-control"
              value={flag}
              label={changeControlFlagLabels[flag]}
              isChecked={filter.changes.includes(flag)}
              onChange={(event) => {
                onChange({ ...filter, changes: event.target.checked ? [...filter.changes, flag] : filter.changes.filter((chosen) => chosen !== flag) });
              }}
            />
          ))}
        </div>
      </fieldset>
    </div>
  );
}
