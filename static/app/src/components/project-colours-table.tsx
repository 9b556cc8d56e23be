import type { RagOverrideTarget } from '../../../../src/domain/rag-override';
import type { ColourRow } from '../rag-override/build-colour-rows';
import { ConfirmedAction } from './confirmed-action';
import { RagLozenge } from './rag-lozenge';

export interface ProjectColoursTableProps {
  readonly rows: readonly ColourRow[];
  readonly canEdit: boolean;
  readonly busy: boolean;
  readonly onClear: (target: RagOverrideTarget, label: string) => void;
}

/** The project's colours, overall then per dimension: what the roll-up computed and any colour set by hand over it. */
export function ProjectColoursTable({ rows, canEdit, busy, onClear }: ProjectColoursTableProps) {
  return (
    <table className="pmo-simple-table pmo-colours-table">
      <caption>Computed colours and colours set by hand</caption>
      <thead>
        <tr>
          <th scope="col">Colour of</th>
          <th scope="col">Computed</th>
          <th scope="col">Set by hand</th>
          {canEdit && (
            <th scope="col">
              <span className="pmo-visually-hidden">Clear</span>
            </th>
          )}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.target}>
            <th scope="row">{row.label}</th>
            <td>
              <RagLozenge rag={row.computed.rag} reason={null} /> <span className="pmo-colour-reason">{row.computed.reason}</span>
            </td>
            <td>
              {row.override === null ? (
                <span className="pmo-hint">Not set</span>
              ) : (
                <>
                  <RagLozenge rag={row.override.rag} reason={null} /> <span title={row.override.setById}>{row.override.setByUntil}</span>
                  <span className="pmo-colour-reason">{row.override.reason}</span>
                </>
              )}
            </td>
            {canEdit && (
              <td>
                {row.override !== null && (
                  <ConfirmedAction
                    verb="Clear"
                    subject={row.label}
                    question={`Clear the ${row.label} colour set by hand?`}
                    consequence="Clear? The computed colour shows again."
                    busy={busy}
                    onConfirm={() => {
                      onClear(row.target, row.label);
                    }}
                  />
                )}
              </td>
            )}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
