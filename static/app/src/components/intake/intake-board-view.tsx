import Button from '@atlaskit/button/new';
import SectionMessage from '@atlaskit/section-message';
import { useMemo, useState } from 'react';
import type { IntakeBoardDto } from '../../../../../src/contract/intake-board-dto';
import type { DecideProposalPayload, ScoreProposalPayload } from '../../../../../src/contract/intake-payloads';
import type { LinkProposalDeliveryPayload } from '../../../../../src/contract/link-proposal-delivery-payload';
import type { UnlinkProposalDeliveryPayload } from '../../../../../src/contract/unlink-proposal-delivery-payload';
import type { ScoringCriterion } from '../../../../../src/domain/intake';
import { buildIntakeCsv } from '../../intake/build-intake-csv';
import { buildIntakeRows } from '../../intake/build-intake-rows';
import { filterIntakeRows } from '../../intake/filter-intake-rows';
import type { IntakeFilter } from '../../intake/intake-filter';
import { intakeStageLabels } from '../../intake/intake-stage-labels';
import { listIntakeChoices } from '../../intake/list-intake-choices';
import { callResolver } from '../../resolver/call-resolver';
import { CsvDownloadButton } from '../csv-download-button';
import { IntakeFilters } from './intake-filters';
import { IntakeTable } from './intake-table';
import { ProposalDecisionForm } from './proposal-decision-form';
import { ProposalDeliveryForm } from './proposal-delivery-form';
import { ProposalScoreForm } from './proposal-score-form';
import '../../rag-override/rag-override.css';

type Answer = Awaited<ReturnType<typeof callResolver<'decideProposal'>>>;
type OpenForm = { readonly kind: 'decide' | 'score' | 'deliver'; readonly key: string } | null;

const noFilter: IntakeFilter = { program: null, theme: null, stage: null };

/** The intake board once loaded: filters, the export, the ranked table and, for people allowed, decide and score forms. */
export function IntakeBoardView({
  board,
  onChanged,
  onConflict,
}: {
  readonly board: IntakeBoardDto;
  /** Shows the board a decision or a score answered with. */
  readonly onChanged: (board: IntakeBoardDto) => void;
  /** Someone else decided first: the board is asked for again. */
  readonly onConflict: () => void;
}) {
  const [filter, setFilter] = useState<IntakeFilter>(noFilter);
  const [open, setOpen] = useState<OpenForm>(null);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ readonly kind: 'done' | 'refused'; readonly text: string } | null>(null);
  // The page's clock only decides whether a decision's date is written beside its time.
  const rows = useMemo(() => buildIntakeRows(board.proposals, Date.now()), [board]);
  const choices = useMemo(() => listIntakeChoices(board), [board]);
  const shown = filterIntakeRows(rows, filter);
  const criteria: readonly ScoringCriterion[] = board.model.criteria;
  const proposal = open === null ? undefined : board.proposals.find((candidate) => candidate.key === open.key);
  const anyAllowed = board.proposals.some((candidate) => candidate.canDecide);

  const settle = (answer: Answer, success: string) => {
    setBusy(false);
    if (answer.state === 'ready') {
      onChanged(answer.data);
      setOpen(null);
      setMessage({ kind: 'done', text: success });
      return;
    }
    const conflict = answer.code === 'CONFLICT';
    setMessage({ kind: 'refused', text: conflict ? `Someone decided first: ${answer.message} The board has been reloaded.` : answer.message });
    if (conflict) {
      setOpen(null);
      onConflict();
    }
  };
  const decide = (payload: DecideProposalPayload) => {
    setBusy(true);
    void callResolver('decideProposal', payload).then((answer) => {
      settle(answer, `Recorded: ${payload.proposalKey} ${intakeStageLabels[payload.stage].toLowerCase()}.`);
    });
  };
  const score = (payload: ScoreProposalPayload) => {
    setBusy(true);
    void callResolver('scoreProposal', payload).then((answer) => {
      settle(answer, `Scores saved for ${payload.proposalKey}.`);
    });
  };

  const link = (payload: LinkProposalDeliveryPayload) => {
    setBusy(true);
    void callResolver('linkProposalDelivery', payload).then((answer) => {
      settle(answer, `Linked ${payload.proposalKey} to what delivers it.`);
    });
  };
  const unlink = (payload: UnlinkProposalDeliveryPayload) => {
    setBusy(true);
    void callResolver('unlinkProposalDelivery', payload).then((answer) => {
      settle(answer, `Unlinked ${payload.proposalKey} from its delivery.`);
    });
  };

  const actionsFor = (row: (typeof rows)[number]) => {
    const dto = board.proposals.find((candidate) => candidate.key === row.key);
    if (dto === undefined || !dto.canDecide) return null;
    return (
      <div className="pmo-intake-actions">
        {!dto.decidedByWorkflow && (
          <Button
            onClick={() => {
              setOpen({ kind: 'decide', key: row.key });
            }}
            isSelected={open?.kind === 'decide' && open.key === row.key}
          >
            Decide {row.key}
          </Button>
        )}
        {row.missing.length > 0 && (
          <Button
            onClick={() => {
              setOpen({ kind: 'score', key: row.key });
            }}
            isSelected={open?.kind === 'score' && open.key === row.key}
          >
            Score {row.key}
          </Button>
        )}
        {(dto.stage === 'approved' || dto.delivery !== null) && (
          <Button
            onClick={() => {
              setOpen({ kind: 'deliver', key: row.key });
            }}
            isSelected={open?.kind === 'deliver' && open.key === row.key}
          >
            Delivery of {row.key}
          </Button>
        )}
      </div>
    );
  };

  return (
    <>
      <p className="pmo-purpose">
        Scored with {board.model.name} (version {board.model.version}). Equal scores share a rank and are marked tied; among them the earlier submitted comes
        first, then the key. A missing input is named, never taken as zero.
      </p>
      {board.notRefreshed.length > 0 && <p>Not refreshed yet: {board.notRefreshed.join(', ')}.</p>}
      <div className="pmo-toolbar">
        <IntakeFilters choices={choices} filter={filter} onChange={setFilter} />
        <CsvDownloadButton fileName="pmo-intake.csv" buildCsv={() => buildIntakeCsv(shown)}>
          Export intake CSV
        </CsvDownloadButton>
      </div>
      <p role="status" className="pmo-purpose">
        Showing {shown.length} of {rows.length} {rows.length === 1 ? 'proposal' : 'proposals'}.
      </p>
      {message !== null && (
        <SectionMessage appearance={message.kind === 'done' ? 'success' : 'warning'}>
          <p>{message.text}</p>
        </SectionMessage>
      )}
      <IntakeTable rows={shown} actionsFor={anyAllowed ? actionsFor : undefined} />
      {open !== null && proposal !== undefined && open.kind === 'decide' && (
        <ProposalDecisionForm
          key={`decide-${proposal.key}`}
          proposalKey={proposal.key}
          expectedVersion={proposal.decisionVersion}
          approvalCheck={proposal.approvalCheck}
          busy={busy}
          onDecide={decide}
        />
      )}
      {open !== null && proposal !== undefined && open.kind === 'score' && (
        <ProposalScoreForm
          key={`score-${proposal.key}`}
          proposalKey={proposal.key}
          criteria={criteria.filter((criterion) => proposal.parts.some((part) => part.criterionId === criterion.id && part.value === null))}
          busy={busy}
          onScore={score}
        />
      )}
      {open !== null && proposal !== undefined && open.kind === 'deliver' && (
        <ProposalDeliveryForm
          key={`deliver-${proposal.key}`}
          proposalKey={proposal.key}
          linked={rows.find((candidate) => candidate.key === proposal.key)?.delivery ?? null}
          expectedVersion={proposal.deliveryVersion}
          busy={busy}
          onLink={link}
          onUnlink={unlink}
        />
      )}
    </>
  );
}
