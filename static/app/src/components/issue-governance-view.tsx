import Heading from '@atlaskit/heading';
import type { IssueGovernanceDto } from '../../../../src/contract/raid-governance-dto';
import type { RaidItemDto } from '../../../../src/contract/raid-item-dto';
import { writtenDayLabel } from '../../../../src/domain/time';
import { raidKindLabels, severityLabels } from '../raid/raid-labels';
import { ComplianceViolationList } from './compliance-violation-list';
import { ContextFacts } from './context-facts';
import { DependencyList } from './dependency-list';
import { IssueChangeControlView } from './issue-change-control-view';
import { RagLozenge } from './rag-lozenge';
import { RaidItemLine } from './raid-item-line';
import '../raid/raid.css';

const relationWords = { linked: 'linked here', inherited: 'from', 'rolled-up': 'rolled up from below' } as const;

function RaidItemFacts({ item }: { readonly item: RaidItemDto }) {
  const scoreText =
    item.score === null || item.cell === null || item.severity === null
      ? item.kind === 'risk'
        ? 'Unscored: set Probability and Impact'
        : 'Not scored (only risks are)'
      : `${String(item.score)}, ${severityLabels[item.severity]}`;
  return (
    <ContextFacts
      label="This RAID item"
      facts={[
        { term: 'Kind', description: raidKindLabels[item.kind] },
        { term: 'Score', description: scoreText },
        ...(item.cell === null
          ? []
          : [{ term: 'Matrix cell', description: `Probability ${String(item.cell.probability)} x impact ${String(item.cell.impact)} (${item.cell.colour})` }]),
        ...(item.residual === null
          ? []
          : [{ term: 'Residual', description: `${String(item.residual.score)} after mitigation (probability ${String(item.residual.probability)})` }]),
        { term: 'Owner', description: item.owner === null ? 'Unassigned' : (item.owner.displayName ?? item.owner.accountId) },
        { term: 'Mitigation', description: item.mitigation ?? 'None recorded' },
        { term: 'Last review', description: `${writtenDayLabel(item.updated)}${item.stale ? ' (review overdue)' : ''}` },
        { term: 'State', description: item.statusName },
      ]}
    />
  );
}

/** The Governance panel's content, compact for the issue view's side column. */
export function IssueGovernanceView({ governance }: { readonly governance: IssueGovernanceDto }) {
  const { raidItem, upstream, projectRag } = governance;
  // Decisions are read apart from the RAID log's risks, assumptions, issues and dependencies.
  const decisions = governance.related.filter((r) => r.item.kind === 'decision');
  const related = governance.related.filter((r) => r.item.kind !== 'decision');
  return (
    <div className="pmo-panel-compact">
      <section aria-labelledby="pmo-rag-heading" className="pmo-panel">
        <Heading size="small" as="h2" id="pmo-rag-heading">
          Project {governance.projectKey}
        </Heading>
        {projectRag === null ? (
          <p>No roll-up yet: the project's RAG appears after its first refresh.</p>
        ) : (
          <RagLozenge rag={projectRag.rag} reason={projectRag.reason} />
        )}
      </section>
      {raidItem !== null ? (
        <section aria-labelledby="pmo-raid-item-heading" className="pmo-panel">
          <Heading size="small" as="h2" id="pmo-raid-item-heading">
            {raidKindLabels[raidItem.kind]} {raidItem.key}
          </Heading>
          <RaidItemFacts item={raidItem} />
        </section>
      ) : (
        <>
          <section aria-labelledby="pmo-related-heading" className="pmo-panel">
            <Heading size="small" as="h2" id="pmo-related-heading">
              RAID items ({related.length})
            </Heading>
            {related.length === 0 ? (
              <p>No risks, assumptions, issues or dependencies are linked to this issue or its parent.</p>
            ) : (
              <ul className="pmo-raid-list" aria-label="RAID items for this issue">
                {related.map((r) => (
                  <li key={r.item.key}>
                    <RaidItemLine item={r.item} note={r.relation === 'inherited' ? `inherited from ${r.via}` : relationWords[r.relation]} />
                  </li>
                ))}
              </ul>
            )}
          </section>
          {decisions.length > 0 && (
            <section aria-labelledby="pmo-decisions-heading" className="pmo-panel">
              <Heading size="small" as="h2" id="pmo-decisions-heading">
                Decisions ({decisions.length})
              </Heading>
              <ul className="pmo-raid-list" aria-label="Decisions for this issue">
                {decisions.map((r) => (
                  <li key={r.item.key}>
                    <RaidItemLine item={r.item} note={r.relation === 'inherited' ? `inherited from ${r.via}` : relationWords[r.relation]} />
                  </li>
                ))}
              </ul>
            </section>
          )}
          <section aria-labelledby="pmo-upstream-heading" className="pmo-panel">
            <Heading size="small" as="h2" id="pmo-upstream-heading">
              Waits on ({upstream.length})
            </Heading>
            <DependencyList dependencies={upstream} empty="Nothing you can see blocks this issue." side="blocker" />
          </section>
        </>
      )}
      <IssueChangeControlView changes={governance.changes} approvedBaseline={governance.approvedBaseline} />
      <ComplianceViolationList
        id="pmo-violations-heading"
        title="Compliance"
        lines={governance.complianceViolations.map((v, i) => ({ key: `${v.ruleId}-${String(i)}`, severity: v.severity, text: v.message, fix: v.fixHint }))}
        empty="This issue meets every rule of its project's template."
      />
      {governance.partial && <p className="pmo-raid-meta">Some related issues were not read: the issue has more neighbours than one read covers.</p>}
    </div>
  );
}
