import type { IntakeProposalDto } from '../../../../src/contract/intake-board-dto';
import { callResolver } from '../resolver/call-resolver';
import type { IntakeFilter } from './intake-filter';
import { toBoardQuery } from './to-board-query';

/** The most the board answers at once. */
const pageLimit = 500;

/**
 * Every proposal a filter matches, in board order, read page by page (the board answers at most 500 at a time), for
 * an export of more than the page on screen. Rejects with a message fit to show when a page cannot be read.
 */
export async function loadMatchingProposals(filter: IntakeFilter): Promise<readonly IntakeProposalDto[]> {
  const proposals: IntakeProposalDto[] = [];
  for (;;) {
    const answer = await callResolver('getIntakeBoard', toBoardQuery(filter, proposals.length, pageLimit));
    if (answer.state !== 'ready') throw new Error(`The export stopped after ${String(proposals.length)} proposals: ${answer.message}`);
    proposals.push(...answer.data.proposals);
    if (answer.data.proposals.length === 0 || proposals.length >= answer.data.page.matching) return proposals;
  }
}
