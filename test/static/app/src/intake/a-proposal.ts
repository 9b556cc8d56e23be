import type { IntakeProposalDto } from '../../../../../src/contract/intake-board-dto';

/** A proposal as the board sends it: scored WSJF 6.5, submitted, undecided, unless the overrides say otherwise. */
export function aProposal(key: string, overrides: Partial<IntakeProposalDto> = {}): IntakeProposalDto {
  return {
    rank: 1,
    tied: false,
    key,
    summary: `Proposal ${key}`,
    issueType: 'Proposal',
    statusName: 'Open',
    projectKey: 'IDEA',
    projectName: 'Ideas',
    program: 'Digital',
    theme: 'Growth',
    submittedAt: '2026-11-02T09:00:00.000Z',
    stage: 'submitted',
    decision: null,
    decisionVersion: 0,
    decidedByWorkflow: false,
    score: 6.5,
    breakdown: 'WSJF 6.5 = (8 + 5 + 0) / 2',
    parts: [],
    missing: [],
    unscoredBecause: null,
    canDecide: false,
    approvalCheck: null,
    capacityPlan: null,
    delivery: null,
    deliveryVersion: 0,
    ...overrides,
  };
}
