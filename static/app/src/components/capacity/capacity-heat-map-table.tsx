import type { CapacityTable } from '../../capacity/capacity-table';
import { RagLozenge } from '../rag-lozenge';

/**
 * The capacity heat map as a table, programs by quarters: each cell "demand / capacity (load%)" with its colour as a
 * lozenge in words; a grey cell says why it is grey.
 */
export function CapacityHeatMapTable({ table, caption }: { readonly table: CapacityTable; readonly caption: string }) {
  return (
    <div className="pmo-table-scroll">
      <table className="pmo-simple-table pmo-capacity-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Program</th>
            {table.quarters.map((quarter) => (
              <th scope="col" key={quarter}>
                {quarter}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {table.rows.map((row) => (
            <tr key={row.program}>
              <th scope="row">
                {row.program} <span className="pmo-capacity-unit">({row.unit})</span>
              </th>
              {row.cells.map((cell) => (
                <td key={cell.quarter}>
                  <RagLozenge rag={cell.rag} reason={cell.rag === 'grey' ? null : cell.reason} /> {cell.text}
                  {cell.rag === 'grey' && <span className="pmo-capacity-why">: {cell.reason}</span>}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
