import DynamicTable from '@atlaskit/dynamic-table';
import Lozenge from '@atlaskit/lozenge';
import type { RaidItemDto } from '../../../../src/contract/raid-item-dto';
import { buildRaidLogTable, type RaidLogCell } from '../raid/build-raid-log-table';

const colourAppearance = { green: 'success', amber: 'moved', red: 'removed' } as const;

function RaidLogCellView({ cell }: { readonly cell: RaidLogCell }) {
  switch (cell.kind) {
    case 'text':
      return <>{cell.text}</>;
    case 'key':
      return (
        <span className="pmo-raid-line">
          <span className="pmo-raid-key">{cell.key}</span>
          {cell.stale && <Lozenge appearance="moved">Review overdue</Lozenge>}
        </span>
      );
    case 'score':
      return cell.colour === null ? <>{cell.text}</> : <Lozenge appearance={colourAppearance[cell.colour]}>{cell.text}</Lozenge>;
  }
}

/** The RAID log as a sortable table, or a sentence when the filters leave nothing. */
export function RaidLogTable({ items, caption }: { readonly items: readonly RaidItemDto[]; readonly caption: string }) {
  if (items.length === 0) return <p>No RAID items match these filters.</p>;
  const { head, rows } = buildRaidLogTable(items);
  return (
    <div className="pmo-table pmo-table-scroll">
      <DynamicTable
        caption={<span className="pmo-caption">{caption}</span>}
        head={head}
        rows={rows.map((row) => ({ ...row, cells: row.cells.map((cell) => ({ key: cell.key, content: <RaidLogCellView cell={cell.content} /> })) }))}
        rowsPerPage={25}
      />
    </div>
  );
}
