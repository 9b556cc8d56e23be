import Button from '@atlaskit/button/new';
import SectionMessage from '@atlaskit/section-message';
import { useMemo, useState } from 'react';
import type { IntakeBoardDto } from '../../../../../src/contract/intake-board-dto';
import type { IntakeBoardQuery } from '../../../../../src/contract/intake-board-query';
import type { DecideProposalPayload, ScoreProposalPayload } from '../../../../../src/contract/intake-payloads';
import type { LinkProposalDeliveryPayload } from '../../../../../src/contract/link-proposal-delivery-payload';
import type { UnlinkProposalDeliveryPayload } from '../../../../../src/contract/unlink-proposal-delivery-payload';
import type { ScoringCriterion } from '../../../../../src/domain/intake';
import { buildIntakeRows } from '../../intake/build-intake-rows';
import { describeBoardPage } from '../../intake/describe-board-page';
import { intakeStageLabels } from '../../intake/intake-stage-labels';
import { callResolver } from '../../resolver/call-resolver';
import { IntakePager } from './intake-pager';
import { IntakeTable } from './intake-table';
import { ProposalDecisionForm } from './proposal-decision-form';
import { ProposalDeliveryForm } from './proposal-delivery-form';
import { ProposalScoreForm } from './proposal-score-form';
import '../../rag-override/rag-override.css';

type Answer = Awaited<ReturnType<typeof callResolver<'decideProposal'>>>;
type OpenForm = { readonly kind: 'decide' | 'score' | 'deliver'; readonly key: string } | null;

/** A page of the intake board once loaded: the ranked table, the way to the next and previous pages and, for people allowed, decide, score and delivery forms. */
export function IntakeBoardView({
  board,
  query,
  pageSize,
  onPage,
  onChanged,
  onConflict,
}: {
  readonly board: IntakeBoardDto;
  /** The query the page answers: each write asks for the same page back. */
  readonly query: IntakeBoardQuery;
  readonly pageSize: number;
  /** Shows the page starting at this offset among the matching proposals. */
  readonly onPage: (offset: number) => void;
  /** Shows the page a decision, score or link answered with. */
  readonly onChanged: (board: IntakeBoardDto) => void;
  /** Someone else decided first: the board is asked for again. */
  readonly onConflict: () => void;
}) {
  const [open, setOpen] = useState<OpenForm>(null);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ readonly kind: 'done' | 'refused'; readonly text: string } | null>(null);
  // The page's clock only decides whether a decision's date is written beside its time.
  const rows = useMemo(() => buildIntakeRows(board.proposals, Date.now()), [board]);
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
    void callResolver('decideProposal', { ...payload, board: query }).then((answer) => {
      settle(answer, `Recorded: ${payload.proposalKey} ${intakeStageLabels[payload.stage].toLowerCase()}.`);
    });
  };
  const score = (payload: ScoreProposalPayload) => {
    setBusy(true);
    void callResolver('scoreProposal', { ...payload, board: query }).then((answer) => {
      settle(answer, `Scores saved for ${payload.proposalKey}.`);
    });
  };

  const link = (payload: LinkProposalDeliveryPayload) => {
    setBusy(true);
    void callResolver('linkProposalDelivery', { ...payload, board: query }).then((answer) => {
      settle(answer, `Linked ${payload.proposalKey} to what delivers it.`);
    });
  };
  const unlink = (payload: UnlinkProposalDeliveryPayload) => {
    setBusy(true);
    void callResolver('unlinkProposalDelivery', { ...payload, board: query }).then((answer) => {
      settle(answer, `Unlinked ${payload.proposalKey} from its delivery.`);
    });
  };

  const actionsFor = (row: (typeof rows)[number]) => {
    const dto = board.proposals.find((candidate) => candidate.key === row.key);
    if (dto === undefined || !dto.canDecide) return null;
    return (
      <div className="pmo-intake-actions">
        {!dto.decidedByWorkflow && dto.stage !== 'approved' && dto.stage !== 'rejected' && (
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
      <p role="status" className="pmo-purpose">
        {describeBoardPage(board.page, rows.length)}
      </p>
      {message !== null && (
        <SectionMessage appearance={message.kind === 'done' ? 'success' : 'warning'}>
          <p>{message.text}</p>
        </SectionMessage>
      )}
      <IntakeTable rows={rows} actionsFor={anyAllowed ? actionsFor : undefined} />
      <IntakePager page={board.page} shown={rows.length} pageSize={pageSize} onPage={onPage} />
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
