import type { HeadType, RowType } from '@atlaskit/dynamic-table/types';
import type { VisibleProjectDto } from '../../../../src/contract/viewer-dto';

export interface ProjectsTable {
  readonly head: HeadType;
  readonly rows: RowType[];
}

/** Shown in the program column for a project outside every program. */
export const noProgramLabel = 'No program';

/**
 * Head and rows of the "projects you can browse" table, sorted by key, sortable by every column.
 *
 * @example
 * buildProjectsTable([{ key: 'PAY', name: 'Payments', category: null }]).rows[0]?.cells.map((c) => c.content);
 * // => ['PAY', 'Payments', 'No program']
 */
export function buildProjectsTable(projects: readonly VisibleProjectDto[]): ProjectsTable {
  const head: HeadType = {
    cells: [
      { key: 'key', content: 'Key', isSortable: true, width: 15 },
      { key: 'name', content: 'Project', isSortable: true, width: 50 },
      { key: 'program', content: 'Program', isSortable: true, width: 35 },
    ],
  };
  const rows: RowType[] = [...projects]
    .sort((a, b) => a.key.localeCompare(b.key))
    .map((project) => ({
      key: project.key,
      cells: [
        { key: project.key, content: project.key },
        { key: project.name.toLocaleLowerCase(), content: project.name },
        { key: (project.category ?? '').toLocaleLowerCase(), content: project.category ?? noProgramLabel },
      ],
    }));
  return { head, rows };
}
