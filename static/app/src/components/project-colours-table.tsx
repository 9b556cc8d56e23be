import Button from '@atlaskit/button/new';
import { useEffect, useRef, useState } from 'react';
import type { RagOverrideTarget } from '../../../../src/domain/rag-override/rag-override';
import type { ColourRow } from '../rag-override/build-colour-rows';
import { RagLozenge } from './rag-lozenge';

export interface ProjectColoursTableProps {
  readonly rows: readonly ColourRow[];
  readonly canEdit: boolean;
  readonly busy: boolean;
  readonly onClear: (target: RagOverrideTarget, label: string) => void;
}

/** Clear, then "Clear? Yes / No" in its place; focus follows so a keyboard user never loses their place. */
function ClearControl({ row, busy, onClear }: { readonly row: ColourRow; readonly busy: boolean; readonly onClear: ProjectColoursTableProps['onClear'] }) {
  const [confirming, setConfirming] = useState(false);
  const [returnFocus, setReturnFocus] = useState(false);
  const noButton = useRef<HTMLButtonElement>(null);
  const clearButton = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (confirming) noButton.current?.focus();
    else if (returnFocus) clearButton.current?.focus();
  }, [confirming, returnFocus]);
  if (!confirming) {
    return (
      <Button ref={clearButton} isDisabled={busy} onClick={() => { setConfirming(true); }}>
        {`Clear ${row.label}`}
      </Button>
    );
  }
  return (
    <div className="pmo-row-actions" role="group" aria-label={`Clear the ${row.label} colour set by hand?`}>
      <span>Clear? The computed colour shows again.</span>
      <Button appearance="danger" isDisabled={busy} onClick={() => { onClear(row.target, row.label); }}>
        {`Yes, clear ${row.label}`}
      </Button>
      <Button
        ref={noButton}
        onClick={() => {
          setReturnFocus(true);
          setConfirming(false);
        }}
      >
        {`No, keep ${row.label}`}
      </Button>
    </div>
  );
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
            {canEdit && <td>{row.override !== null && <ClearControl row={row} busy={busy} onClear={onClear} />}</td>}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
