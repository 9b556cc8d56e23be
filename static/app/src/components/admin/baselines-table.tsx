import type { BaselineDto } from '../../../../../src/contract/baseline-dto';
import { describeBaseline } from '../../admin/describe-baseline';
import { ConfirmedAction } from '../confirmed-action';

export interface BaselinesTableProps {
  readonly baselines: readonly BaselineDto[];
  readonly canEdit: boolean;
  readonly busy: boolean;
  readonly onDelete: (baseline: BaselineDto) => void;
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
                  <ConfirmedAction
                    verb="Delete"
                    subject={baseline.name}
                    question={`Delete the baseline “${baseline.name}”?`}
                    consequence="Delete? Reports that look back to it will say it is gone."
                    busy={busy}
                    onConfirm={() => {
                      onDelete(baseline);
                    }}
                  />
                </td>
              )}
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
