import Button from '@atlaskit/button/new';
import { useEffect, useRef, useState } from 'react';
import type { BaselineDto } from '../../../../../src/contract/baseline-dto';
import { describeBaseline } from '../../admin/describe-baseline';

export interface BaselinesTableProps {
  readonly baselines: readonly BaselineDto[];
  readonly canEdit: boolean;
  readonly busy: boolean;
  readonly onDelete: (baseline: BaselineDto) => void;
}

/** Delete, then "Delete? Yes / No" in its place; focus follows so a keyboard user never loses their place. */
function DeleteControl({ baseline, busy, onDelete }: { readonly baseline: BaselineDto; readonly busy: boolean; readonly onDelete: (baseline: BaselineDto) => void }) {
  const [confirming, setConfirming] = useState(false);
  const [returnFocus, setReturnFocus] = useState(false);
  const noButton = useRef<HTMLButtonElement>(null);
  const deleteButton = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (confirming) noButton.current?.focus();
    else if (returnFocus) deleteButton.current?.focus();
  }, [confirming, returnFocus]);
  if (!confirming) {
    return (
      <Button ref={deleteButton} isDisabled={busy} onClick={() => { setConfirming(true); }}>
        {`Delete ${baseline.name}`}
      </Button>
    );
  }
  return (
    <div className="pmo-row-actions" role="group" aria-label={`Delete the baseline “${baseline.name}”?`}>
      <span>Delete? Reports that look back to it will say it is gone.</span>
      <Button appearance="danger" isDisabled={busy} onClick={() => { onDelete(baseline); }}>
        {`Yes, delete ${baseline.name}`}
      </Button>
      <Button
        ref={noButton}
        onClick={() => {
          setReturnFocus(true);
          setConfirming(false);
        }}
      >
        {`No, keep ${baseline.name}`}
      </Button>
    </div>
  );
}

/** The baselines, newest first; administrators may delete one after confirming. */
export function BaselinesTable({ baselines, canEdit, busy, onDelete }: BaselinesTableProps) {
  return (
    <table className="pmo-simple-table">
      <caption>Baselines, newest first ({baselines.length})</caption>
      <thead>
        <tr>
          <th scope="col">Name</th>
          <th scope="col">Stands for</th>
          <th scope="col">Taken by</th>
          <th scope="col">Taken at</th>
          <th scope="col">Projects</th>
          {canEdit && (
            <th scope="col">
              <span className="pmo-visually-hidden">Delete</span>
            </th>
          )}
        </tr>
      </thead>
      <tbody>
        {baselines.map((baseline) => {
          const words = describeBaseline(baseline);
          return (
            <tr key={baseline.id}>
              <th scope="row">{words.name}</th>
              <td>{words.standsFor}</td>
              <td title={baseline.takenBy.accountId}>{words.takenBy}</td>
              <td>{words.takenAt}</td>
              <td>{words.projects}</td>
              {canEdit && (
                <td>
                  <DeleteControl baseline={baseline} busy={busy} onDelete={onDelete} />
                </td>
              )}
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
