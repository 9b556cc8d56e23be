import { checkCapacityDraft } from '../../../../../static/app/src/capacity-admin/check-capacity-draft';
import { draftOfCapacity } from '../../../../../static/app/src/capacity-admin/draft-of-capacity';
import type { CapacityDto } from '../../../../../src/contract/capacity-dto';
import { parseQuarter, type Quarter } from '../../../../../src/domain/capacity';

function q(text: string): Quarter {
  const quarter = parseQuarter(text);
  if (quarter === null) throw new Error(text);
  return quarter;
}

const quarters = ['2026-Q4', '2027-Q1', '2027-Q2', '2027-Q3'].map(q);
const dto: CapacityDto = {
  today: '2026-11-20',
  currentQuarter: q('2026-Q4'),
  heatMap: { quarters, bands: { amberFrom: 0.75, redAbove: 1 }, rows: [{ program: 'Digital', unit: null, cells: [] }] },
  demand: {},
  programs: [],
  withoutProgram: [],
  notRefreshed: [],
  canEdit: true,
  settings: {
    version: 3,
    capacities: [{ program: 'Core', unit: 'person-days', byQuarter: { [q('2026-Q3')]: 10, [q('2027-Q1')]: 40 } }],
    bands: { amberFrom: 0.8, redAbove: 1.1 },
    savedAt: '2026-11-01T00:00:00.000Z',
    savedBy: 'admin',
  },
};

describe('the capacity form draft', () => {
  const draft = draftOfCapacity(dto, 2);

  it('shows the heat map quarters and the next ones, a row per program of the map or with a saved capacity, and the bands in percent', () => {
    expect(draft.quarters).toEqual(['2026-Q4', '2027-Q1', '2027-Q2', '2027-Q3', '2027-Q4', '2028-Q1']);
    expect(draft.rows.map((row) => [row.program, row.unit, row.amounts['2027-Q1']])).toEqual([
      ['Core', 'person-days', '40'],
      ['Digital', 'story-points', ''],
    ]);
    expect([draft.amberFrom, draft.redAbove]).toEqual(['80', '110']);
  });

  it('saves the typed amounts, keeps saved quarters the form does not show, leaves out a program with none, and names the version', () => {
    const typed = { ...draft, rows: draft.rows.map((row) => (row.program === 'Core' ? { ...row, amounts: { ...row.amounts, '2027-Q2': '1,200' } } : row)) };
    expect(checkCapacityDraft(typed, dto.settings?.capacities ?? [], 3)).toEqual({
      ok: true,
      payload: {
        capacities: [{ program: 'Core', unit: 'person-days', byQuarter: { '2026-Q3': 10, '2027-Q1': 40, '2027-Q2': 1200 } }],
        bands: { amberFrom: 0.8, redAbove: 1.1 },
        expectedVersion: 3,
      },
    });
  });

  it.each([
    [
      'a capacity that is not a number',
      { rows: [{ program: 'Digital', unit: 'story-points' as const, amounts: { '2027-Q1': 'lots' } }] },
      'rows.0.2027-Q1',
      'Digital 2027-Q1: must be a number',
    ],
    [
      'a negative capacity',
      { rows: [{ program: 'Digital', unit: 'story-points' as const, amounts: { '2027-Q2': '-5' } }] },
      'rows.0.2027-Q2',
      'Digital 2027-Q2: must not be negative',
    ],
    ['amber above red', { amberFrom: '120' }, 'bands.amberFrom', 'Amber from must not be above red above'],
    ['an empty red band', { redAbove: '' }, 'bands.redAbove', 'Red above is needed'],
  ])('refuses %s beside its field', (_what, change, path, message) => {
    expect(checkCapacityDraft({ ...draft, ...change }, [], 3)).toEqual({ ok: false, problems: [{ path, message }] });
  });
});
