import Select from '@atlaskit/select';
import { useId } from 'react';
import { rags, type Rag } from '../../../../src/domain/rag/rag';
import type { FilterChoice, FilterChoices } from '../portfolio/list-filter-choices';
import type { PortfolioFilter } from '../portfolio/portfolio-filter';
import { ragLabels } from '../portfolio/rag-labels';

const ragChoices: readonly FilterChoice[] = rags.map((rag) => ({ value: rag, label: ragLabels[rag] }));

function isRag(value: string): value is Rag {
  return (rags as readonly string[]).includes(value);
}

function FilterSelect({ label, choices, value, onChange }: { readonly label: string; readonly choices: readonly FilterChoice[]; readonly value: string | null; readonly onChange: (value: string | null) => void }) {
  const id = useId();
  return (
    <div className="pmo-filter">
      <label className="pmo-field-label" htmlFor={id}>
        {label}
      </label>
      <Select<FilterChoice>
        inputId={id}
        options={choices}
        value={choices.find((choice) => choice.value === value) ?? null}
        placeholder="All"
        isClearable
        menuPlacement="auto"
        onChange={(choice) => {
          onChange(choice?.value ?? null);
        }}
      />
    </div>
  );
}

/** Narrow the portfolio by program, overall colour and project lead; each filter is cleared to show all. */
export function PortfolioFilters({ choices, filter, onChange }: { readonly choices: FilterChoices; readonly filter: PortfolioFilter; readonly onChange: (filter: PortfolioFilter) => void }) {
  return (
    <div className="pmo-filters" role="group" aria-label="Filter projects">
      <FilterSelect label="Program" choices={choices.programs} value={filter.program} onChange={(program) => { onChange({ ...filter, program }); }} />
      <FilterSelect label="Overall RAG" choices={ragChoices} value={filter.overall} onChange={(overall) => { onChange({ ...filter, overall: overall !== null && isRag(overall) ? overall : null }); }} />
      <FilterSelect label="Lead" choices={choices.leads} value={filter.lead} onChange={(lead) => { onChange({ ...filter, lead }); }} />
    </div>
  );
}
