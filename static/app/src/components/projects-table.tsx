import DynamicTable from '@atlaskit/dynamic-table';
import type { VisibleProjectDto } from '../../../../src/contract/viewer-dto';
import { buildProjectsTable } from '../tables/build-projects-table';

/** The projects the viewer may browse; an honest sentence instead of an empty table when there are none. */
export function ProjectsTable({ projects }: { readonly projects: readonly VisibleProjectDto[] }) {
  if (projects.length === 0) {
    return <p>Jira lets you browse no projects yet, so there is nothing to roll up for you.</p>;
  }
  const { head, rows } = buildProjectsTable(projects);
  return (
    <div className="pmo-table">
      <DynamicTable caption={<span className="pmo-caption">Projects you can browse ({projects.length})</span>} head={head} rows={rows} rowsPerPage={20} defaultSortKey="key" defaultSortOrder="ASC" />
    </div>
  );
}
