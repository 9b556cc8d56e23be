import { buildProjectsTable, noProgramLabel } from '../../../../../static/app/src/tables/build-projects-table';

const projects = [
  { key: 'WEB', name: 'Customer Web Portal', category: 'Digital Channels' },
  { key: 'CORE', name: 'Core Banking Migration', category: 'Core Platforms' },
  { key: 'OPS', name: 'Platform Operations', category: null },
];

describe('buildProjectsTable', () => {
  it('has one sortable column each for key, project and program', () => {
    const { head } = buildProjectsTable(projects);
    expect(head.cells.map((cell) => [cell.key, cell.content, cell.isSortable])).toEqual([
      ['key', 'Key', true],
      ['name', 'Project', true],
      ['program', 'Program', true],
    ]);
  });

  it('lists the projects by key with their name and program', () => {
    const { rows } = buildProjectsTable(projects);
    expect(rows.map((row) => row.cells.map((cell) => cell.content))).toEqual([
      ['CORE', 'Core Banking Migration', 'Core Platforms'],
      ['OPS', 'Platform Operations', noProgramLabel],
      ['WEB', 'Customer Web Portal', 'Digital Channels'],
    ]);
  });

  it('keys each row by its project, and each name cell by the lower-case name so sorting ignores case', () => {
    const { rows } = buildProjectsTable([{ key: 'A1', name: 'alpha', category: null }]);
    expect(rows[0]?.key).toBe('A1');
    expect(rows[0]?.cells[1]?.key).toBe('alpha');
  });

  it('gives no rows for no projects', () => {
    expect(buildProjectsTable([]).rows).toEqual([]);
  });
});
