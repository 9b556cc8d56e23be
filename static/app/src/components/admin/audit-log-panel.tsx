import Heading from '@atlaskit/heading';
import type { AuditLogDto } from '../../../../../src/contract/audit-log-dto';
import { diffValues } from '../../admin/diff-values';
import { useResolver } from '../../resolver/use-resolver';
import { ErrorState } from '../error-state';

// The baseline actions are named here as well so the labels hold whichever actions the log's type lists.
const actionLabels: Readonly<Record<AuditLogDto['entries'][number]['action'] | 'baseline.create' | 'baseline.delete', string>> = {
  'template.create': 'Template created',
  'template.update': 'Template changed',
  'template.delete': 'Template deleted',
  'template.import': 'Template imported',
  'assignment.update': 'Assignment changed',
  'baseline.create': 'Baseline taken',
  'baseline.delete': 'Baseline deleted',
  'rag-override.set': 'Colour set by hand',
  'rag-override.clear': 'Colour override cleared',
  'points-budget.update': 'Points budget changed',
  'refresh.reread': 'Full reread started',
  'change-control.baseline': 'Baseline approved',
  'change-control.decide': 'Change decided',
  'intake.model': 'Scoring model saved',
  'intake.settings': 'Intake settings changed',
  'intake.score': 'Proposal scored',
  'intake.decide': 'Proposal decided',
  'intake.deliver': 'Proposal delivery linked',
  'capacity.update': 'Capacity changed',
};

const shownChanges = 30;
const show = (value: unknown) => (value === undefined ? '(none)' : JSON.stringify(value));

/** The values a change touched, before and after, each on its own line. */
function ChangeDetails({ before, after }: { readonly before: unknown; readonly after: unknown }) {
  const changes = diffValues(before, after);
  return (
    <details>
      <summary>{changes.length === 1 ? '1 value changed' : `${String(changes.length)} values changed`}</summary>
      <ul className="pmo-diff">
        {changes.slice(0, shownChanges).map((c) => (
          <li key={c.path}>
            <code>{c.path}</code>: {show(c.before)} → {show(c.after)}
          </li>
        ))}
        {changes.length > shownChanges && <li>and {changes.length - shownChanges} more</li>}
      </ul>
    </details>
  );
}

/** Who changed the governance settings, when, and what, with the values before and after. Administrators only. */
export function AuditLogPanel({ reload, canEdit }: { readonly reload: number; readonly canEdit: boolean }) {
  // Only administrators may read the log, so nobody else's page asks for it.
  const log = useResolver(['getAuditLog', { limit: 100 }], { enabled: canEdit, reloadKey: reload });
  return (
    <section className="pmo-panel" aria-labelledby="pmo-audit-heading">
      <Heading size="medium" as="h2" id="pmo-audit-heading">
        Audit log
      </Heading>
      {!canEdit && <p>The audit log is shown to Jira administrators only.</p>}
      {canEdit && log.state === 'loading' && <p>Loading the audit log…</p>}
      {canEdit && log.state === 'error' && (
        <ErrorState title="Could not load the audit log" message={log.message} code={log.code} onRetry={log.retry} headingLevel="h3" />
      )}
      {canEdit && log.state === 'ready' && log.data.entries.length === 0 && <p>No changes yet.</p>}
      {canEdit && log.state === 'ready' && log.data.entries.length > 0 && (
        <table className="pmo-simple-table">
          <caption>Newest changes first ({log.data.entries.length})</caption>
          <thead>
            <tr>
              <th scope="col">When (UTC)</th>
              <th scope="col">Who</th>
              <th scope="col">What</th>
              <th scope="col">Change</th>
              <th scope="col">Before and after</th>
            </tr>
          </thead>
          <tbody>
            {log.data.entries.map((entry) => (
              <tr key={entry.id}>
                <td>{entry.at.replace('T', ' ').slice(0, 19)}</td>
                <td title={entry.by}>{entry.byName ?? entry.by}</td>
                <td>{actionLabels[entry.action]}</td>
                <td>{entry.summary}</td>
                <td>
                  <ChangeDetails before={entry.before} after={entry.after} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
