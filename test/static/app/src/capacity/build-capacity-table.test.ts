import { capacityHeatMap } from '../../../../../src/domain/capacity';
import { buildCapacityTable } from '../../../../../static/app/src/capacity/build-capacity-table';
import { capacityOf } from '../../../../domain/capacity/builders/capacity-of';
import { demandOf } from '../../../../domain/capacity/builders/demand-of';

describe('buildCapacityTable', () => {
  it('writes every cell as "demand / capacity (load%)" with its colour, and says why a grey cell is grey', () => {
    const heatMap = capacityHeatMap(
      [capacityOf('DIGITAL', { '2027-Q1': 50, '2027-Q2': 50, '2027-Q3': 40 }), capacityOf('CORE', { '2027-Q1': 100, '2027-Q2': 0 })],
      demandOf({ DIGITAL: { '2027-Q1': 36, '2027-Q2': 46, '2027-Q3': 54.26 }, CORE: { '2027-Q1': 75, '2027-Q2': 3, '2027-Q3': 12 } }),
    );
    const table = buildCapacityTable(heatMap);
    expect(table.quarters).toEqual(['2027-Q1', '2027-Q2', '2027-Q3']);
    expect(table.rows.map((row) => [row.program, row.unit, ...row.cells.map((cell) => `${cell.rag}: ${cell.text}`)])).toEqual([
      ['CORE', 'story points', 'amber: 75 / 100 (75%)', 'red: 3 / 0 (no load: capacity 0)', 'grey: 12 / no capacity'],
      ['DIGITAL', 'story points', 'green: 36 / 50 (72%)', 'amber: 46 / 50 (92%)', 'red: 54.3 / 40 (136%)'],
    ]);
    expect(table.rows[0]?.cells[2]?.reason).toBe('no capacity set for 2027-Q3, so the load cannot be rated');
    expect(table.rows[1]?.cells[1]?.reason).toBe(heatMap.rows[1]?.cells[1]?.reason);
  });

  it('names a row with demand and no capacity at all as having none set', () => {
    const table = buildCapacityTable(capacityHeatMap([], demandOf({ GROWTH: { '2027-Q1': 20 } })));
    expect(table.rows).toEqual([
      {
        program: 'GROWTH',
        unit: 'no capacity set',
        cells: [{ quarter: '2027-Q1', text: '20 / no capacity', rag: 'grey', reason: 'no capacity set for 2027-Q1, so the load cannot be rated' }],
      },
    ]);
  });
});
