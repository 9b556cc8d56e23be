import Heading from '@atlaskit/heading';
import { useMemo, useState } from 'react';
import type { ProjectRaidDto } from '../../../../src/contract/raid-project-dto';
import { writtenDayLabel } from '../../../../src/domain/time';
import { buildRaidCsv } from '../raid/build-raid-csv';
import { filterRaidItems, noRaidFilter, type RaidFilter } from '../raid/raid-filter';
import { listOwnerChoices } from '../raid/list-owner-choices';
import { ChangeControlSection } from './change-control-section';
import { ComplianceViolationList } from './compliance-violation-list';
import { CsvDownloadButton } from './csv-download-button';
import { DependencyList } from './dependency-list';
import { MilestoneList } from './milestone-list';
import { ProjectColoursPanel } from './project-colours-panel';
import { RagLozenge } from './rag-lozenge';
import { RaidFilters } from './raid-filters';
import { RaidHeatMap } from './raid-heat-map';
import { RaidLogTable } from './raid-log-table';
import '../raid/raid.css';

export interface ProjectRaidViewProps {
  readonly raid: ProjectRaidDto;
  /** Called after a colour was set or cleared by hand, so the page can fetch the RAG it shows again. */
  readonly onColoursChanged: () => void;
}

/**
 * The project page's content: RAG, heat map and filters over the RAID log, dependencies, change control and the decision
 * log, milestones and gates, and the project's colours with any set by hand.
 */
export function ProjectRaidView({ raid, onColoursChanged }: ProjectRaidViewProps) {
  const [filter, setFilter] = useState<RaidFilter>(noRaidFilter);
  const owners = useMemo(() => listOwnerChoices(raid.items), [raid.items]);
  const shown = filterRaidItems(raid.items, filter);
  return (
    <>
      <section className="pmo-panel" aria-labelledby="pmo-raid-heading">
        <Heading size="medium" as="h2" id="pmo-raid-heading">
          RAID log of {raid.project.name} ({raid.project.key})
        </Heading>
        {raid.projectRag === null ? (
          <p>No roll-up yet: the project's RAG appears after its first refresh.</p>
        ) : (
          <RagLozenge rag={raid.projectRag.rag} reason={raid.projectRag.reason} />
        )}
        <div className="pmo-raid-layout">
          <div>
            <RaidHeatMap
              cells={raid.heatMap}
              selected={filter.cell}
              onSelect={(cell) => {
                setFilter({ ...filter, cell });
              }}
            />
            {raid.unscoredOpenRisks > 0 && (
              <p className="pmo-raid-meta">{raid.unscoredOpenRisks} open risks have no probability or impact and are not on the map.</p>
            )}
          </div>
          <div>
            <div className="pmo-toolbar">
              <RaidFilters owners={owners} filter={filter} onChange={setFilter} />
              <CsvDownloadButton fileName={`raid-log-${raid.project.key}-${writtenDayLabel(raid.asOf)}.csv`} buildCsv={() => buildRaidCsv(shown)}>
                Export CSV
              </CsvDownloadButton>
            </div>
            <p role="status" className="pmo-purpose">
              Showing {shown.length} of {raid.items.length} RAID items
              {filter.cell === null ? '' : `: open risks at probability ${String(filter.cell.probability)}, impact ${String(filter.cell.impact)}`}.
            </p>
          </div>
        </div>
        <RaidLogTable items={shown} caption={`RAID items (${String(shown.length)})`} />
      </section>
      <section className="pmo-panel" aria-labelledby="pmo-deps-heading">
        <Heading size="medium" as="h2" id="pmo-deps-heading">
          Dependencies
        </Heading>
        <div className="pmo-raid-layout">
          <div>
            <Heading size="small" as="h3">
              This project waits on ({raid.waitsOn.length})
            </Heading>
            <DependencyList dependencies={raid.waitsOn} empty="This project waits on nothing you can see." side="both" />
          </div>
          <div>
            <Heading size="small" as="h3">
              Waiting on this project ({raid.waitedOnBy.length})
            </Heading>
            <DependencyList dependencies={raid.waitedOnBy} empty="No other project you can see waits on this one." side="both" />
          </div>
        </div>
      </section>
      <ChangeControlSection projectKey={raid.project.key} decisionItems={raid.items.filter((item) => item.kind === 'decision')} />
      <ComplianceViolationList
        id="pmo-project-violations-heading"
        title="Compliance violations by rule"
        lines={raid.complianceViolations.map((v) => ({
          key: v.ruleId,
          severity: null,
          text: `${v.message} (${String(v.count)} ${v.count === 1 ? 'item' : 'items'})`,
          fix: null,
        }))}
        empty="No violations of the project's template."
      />
      <section className="pmo-panel" aria-labelledby="pmo-milestones-heading">
        <Heading size="medium" as="h2" id="pmo-milestones-heading">
          Milestones and gates
        </Heading>
        <MilestoneList milestones={raid.milestones} />
      </section>
      <ProjectColoursPanel projectKey={raid.project.key} onChanged={onColoursChanged} />
    </>
  );
}
