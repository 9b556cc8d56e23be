import type { IntakeProposalDto } from '../../../../src/contract/intake-board-dto';
import { openIntakeStages } from '../../../../src/domain/intake';
import type { WhatIfCandidate } from './what-if-candidate';

/**
 * The proposals a what-if offers: those still under consideration (submitted or screening), in board order. One whose
 * project is in no program keeps program null: demand is counted per program, so the reader names the one it would
 * land in.
 *
 * @example
 * listWhatIfCandidates(board.proposals); // [{ key: 'IDEA-3', summary: 'Open banking API', program: 'Digital' }]
 */
export function listWhatIfCandidates(proposals: readonly IntakeProposalDto[]): readonly WhatIfCandidate[] {
  return proposals.flatMap((proposal) =>
    openIntakeStages.some((stage) => stage === proposal.stage) ? [{ key: proposal.key, summary: proposal.summary, program: proposal.program }] : [],
  );
}
