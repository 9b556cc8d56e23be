import type { HeadType, RowType } from '@atlaskit/dynamic-table/types';
import type { RaidItemDto } from '../../../../src/contract/raid-item-dto';
import { raidKinds } from '../../../../src/domain/raid';
import { writtenDayLabel } from '../../../../src/domain/time';
import { raidKindLabels, severityLabels } from './raid-labels';

/** The content of one RAID log cell: plain text, or a score with its severity and matrix cell. */
export type RaidLogCell =
  | { readonly kind: 'text'; readonly text: string }
  | { readonly kind: 'key'; readonly key: string; readonly stale: boolean }
  | { readonly kind: 'score'; readonly text: string; readonly colour: 'green' | 'amber' | 'red' | null };

export interface RaidLogTable {
  readonly head: HeadType;
  readonly rows: (Omit<RowType, 'cells'> & { readonly cells: { readonly key: string | number; readonly content: RaidLogCell }[] })[];
}

/** The date a row shows: the due date where one is set, otherwise the last review (update), marked as such. */
export function dueOrReviewOf(item: RaidItemDto): string {
  return item.due ?? `reviewed ${writtenDayLabel(item.updated)}`;
}

function scoreText(item: RaidItemDto): string {
  if (item.score === null || item.cell === null || item.severity === null) return item.kind === 'risk' ? 'Unscored' : '—';
  return `${String(item.score)} ${severityLabels[item.severity]} (P${String(item.cell.probability)} x I${String(item.cell.impact)})`;
}

/**
 * Head and rows of the RAID log (kind, key, summary, score, owner, due or review date, state, age), every column
 * sortable; sort keys are chosen so kinds sort in log order and scores numerically (unscored last).
 *
 * @example
 * buildRaidLogTable([risk]).rows[0]?.cells[3]?.content; // { kind: 'score', text: '25 Critical (P5 x I5)', colour: 'red' }
 */
export function buildRaidLogTable(items: readonly RaidItemDto[]): RaidLogTable {
  const head: HeadType = {
    cells: [
      { key: 'kind', content: 'Kind', isSortable: true, width: 10 },
      { key: 'key', content: 'Key', isSortable: true, width: 9 },
      { key: 'summary', content: 'Summary', isSortable: true, width: 30 },
      { key: 'score', content: 'Score', isSortable: true, width: 14 },
      { key: 'owner', content: 'Owner', isSortable: true, width: 12 },
      { key: 'due', content: 'Due or review', isSortable: true, width: 11 },
      { key: 'state', content: 'State', isSortable: true, width: 8 },
      { key: 'age', content: 'Age (days)', isSortable: true, width: 6 },
    ],
  };
  const rows = items.map((item) => {
    const owner = item.owner === null ? 'Unassigned' : (item.owner.displayName ?? item.owner.accountId);
    const keyNumber = Number(item.key.split('-')[1] ?? 0);
    return {
      key: item.key,
      cells: [
        { key: raidKinds.indexOf(item.kind), content: { kind: 'text', text: raidKindLabels[item.kind] } as const },
        { key: keyNumber, content: { kind: 'key', key: item.key, stale: item.stale } as const },
        { key: item.summary.toLocaleLowerCase(), content: { kind: 'text', text: item.summary } as const },
        { key: item.score ?? -1, content: { kind: 'score', text: scoreText(item), colour: item.cell?.colour ?? null } as const },
        { key: owner.toLocaleLowerCase(), content: { kind: 'text', text: owner } as const },
        { key: item.due ?? item.updated, content: { kind: 'text', text: dueOrReviewOf(item) } as const },
        { key: item.statusName.toLocaleLowerCase(), content: { kind: 'text', text: item.statusName } as const },
        { key: item.ageDays, content: { kind: 'text', text: String(item.ageDays) } as const },
      ],
    };
  });
  return { head, rows };
}
