import { rags, type Rag } from '../../../../src/domain/rag';
import type { FilterChoice, FilterChoices } from '../portfolio/list-filter-choices';
import type { PortfolioFilter } from '../portfolio/portfolio-filter';
import { ragLabels } from '../portfolio/rag-labels';
import { FilterSelect } from './filter-select';

const ragChoices: readonly FilterChoice[] = rags.map((rag) => ({ value: rag, label: ragLabels[rag] }));

function isRag(value: string): value is Rag {
  return (rags as readonly string[]).includes(value);
}

/** Narrow the portfolio by program, overall colour and project lead; each filter is cleared to show all. */
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
    </div>
  );
}
