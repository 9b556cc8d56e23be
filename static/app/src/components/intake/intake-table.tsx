import type { ReactNode } from 'react';
import type { IntakeRow } from '../../intake/intake-row';
import { StageLozenge } from './stage-lozenge';

/**
 * The ranked proposals as a table: rank (ties marked), proposal, project, program, theme, stage, the score with its
 * breakdown and any missing inputs named, who decided and when, and what delivers an approved one. `actionsFor` adds a column of buttons when given.
 */
export function IntakeTable({ rows, actionsFor }: { readonly rows: readonly IntakeRow[]; readonly actionsFor?: ((row: IntakeRow) => ReactNode) | undefined }) {
  return (
    <div className="pmo-table-scroll">
      <table className="pmo-simple-table pmo-intake-table">
        <caption className="pmo-visually-hidden">Proposals, best score first</caption>
        <thead>
          <tr>
            <th scope="col">Rank</th>
            <th scope="col">Proposal</th>
            <th scope="col">Project</th>
            <th scope="col">Program</th>
            <th scope="col">Theme</th>
            <th scope="col">Stage</th>
            <th scope="col">Score</th>
            <th scope="col">Decision</th>
            {actionsFor !== undefined && <th scope="col">Actions</th>}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key}>
              <td>{row.rank}</td>
              <th scope="row">
                <span className="pmo-intake-key">{row.key}</span> {row.summary}
              </th>
              <td>
                {row.project} ({row.projectKey})
              </td>
              <td>{row.program}</td>
              <td>{row.theme}</td>
              <td>
                <StageLozenge stage={row.stage} />
              </td>
              <td>
                {/* An unscored proposal's breakdown already names what is missing ("WSJF not scored: missing Job Size"). */}
                <span className="pmo-intake-breakdown">{row.breakdown}</span>
              </td>
              <td>
                {row.decided}
                {row.reason !== null && <span className="pmo-intake-reason">: {row.reason}</span>}
                {row.delivery !== null && <span className="pmo-intake-delivery">Delivered by {row.delivery}</span>}
              </td>
              {actionsFor !== undefined && <td>{actionsFor(row)}</td>}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
