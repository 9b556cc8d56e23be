import type { IntakeProposalDto } from '../../../../src/contract/intake-board-dto';
import { openIntakeStages } from '../../../../src/domain/intake';
import type { WhatIfCandidate } from './what-if-candidate';

/**
 * The proposals a what-if offers: those still under consideration (submitted or screening), in board order, each with
 * the program, estimate and first quarter its issue gives, for the what-if to start from. One with no program keeps
 * program null: demand is counted per program, so the reader names the one it would land in.
 *
 * @example
 * listWhatIfCandidates(board.proposals); // [{ key: 'IDEA-3', summary: 'Open banking API', program: 'Digital', estimate: 20, quarter: '2027-Q1' }]
 */
export function listWhatIfCandidates(proposals: readonly IntakeProposalDto[]): readonly WhatIfCandidate[] {
  return proposals.flatMap((proposal) =>
    openIntakeStages.some((stage) => stage === proposal.stage)
      ? [
          {
            key: proposal.key,
            summary: proposal.summary,
            program: proposal.program,
            estimate: proposal.capacityPlan?.estimate ?? null,
            quarter: proposal.capacityPlan?.quarter ?? null,
          },
        ]
      : [],
  );
}
