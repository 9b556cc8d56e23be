import Heading from '@atlaskit/heading';
import Lozenge from '@atlaskit/lozenge';
import type { ChangeDecisionDto } from '../../../../src/contract/change-control-dto';
import type { RaidItemDto } from '../../../../src/contract/raid-item-dto';
import '../raid/raid.css';

/**
 * The project's decision log, kept apart from its dependencies: each Decision item (what was decided, its state, owner,
 * when it was decided and the items it affects) and every decision recorded on a change request (outcome, by whom,
 * when and why).
 */
export function DecisionLogSection({ items, decisions }: { readonly items: readonly RaidItemDto[]; readonly decisions: readonly ChangeDecisionDto[] }) {
  return (
    <section className="pmo-panel" aria-labelledby="pmo-decision-log-heading">
      <Heading size="medium" as="h2" id="pmo-decision-log-heading">
        Decision log
      </Heading>
      <Heading size="small" as="h3">
        Decisions ({items.length})
      </Heading>
      {items.length === 0 ? (
        <p>No decisions logged: issues of type Decision, or labelled raid-decision, appear here.</p>
      ) : (
        <ul className="pmo-raid-list" aria-label="Decisions">
          {items.map((item) => (
            <li key={item.key}>
              <span className="pmo-raid-line">
                <Lozenge appearance={item.statusCategory === 'done' ? 'success' : 'inprogress'}>{item.statusCategory === 'done' ? 'Decided' : 'Open'}</Lozenge>
                <span className="pmo-raid-key">{item.key}</span>
                <span>{item.summary}</span>
              </span>
              <span className="pmo-raid-meta">
                {item.statusName} · owner {item.owner === null ? 'none' : (item.owner.displayName ?? item.owner.accountId)}
                {item.decision?.resolved == null ? ' · not decided yet' : ` · decided ${item.decision.resolved.slice(0, 10)}`}
                {item.decision === undefined || item.decision.affects.length === 0 ? '' : ` · affects ${item.decision.affects.join(', ')}`}
              </span>
            </li>
          ))}
        </ul>
      )}
      <Heading size="small" as="h3">
        Change decisions ({decisions.length})
      </Heading>
      {decisions.length === 0 ? (
        <p>No decision recorded on a change request yet.</p>
      ) : (
        <ul className="pmo-raid-list" aria-label="Change decisions">
          {decisions.map((decision) => (
            <li key={`${decision.changeKey}:${String(decision.version)}`}>
              <span className="pmo-raid-line">
                <span className="pmo-raid-key">{decision.changeKey}</span>
                <span>
                  {decision.outcome} by {decision.deciderName ?? decision.decidedBy} on {decision.decidedAt.slice(0, 10)}
                  {decision.source === 'workflow' ? ' (Jira workflow)' : ''}
                </span>
              </span>
              <span className="pmo-raid-meta">
                {decision.reason ?? 'No reason given.'}
                {decision.baselineVersion === null ? '' : ` · made baseline version ${String(decision.baselineVersion)}`}
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
