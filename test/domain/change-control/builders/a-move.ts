import type { DueDateMove } from '../../../../src/domain/change-control/due-date-move';
import { anIssueKey } from '../../builders/an-issue-key';
import { aDay } from './a-day';
import { anAccountId } from './an-account-id';
import { anInstant } from './an-instant';

/** A due-date move read from the changelog of `issueKey`. */
export function aMove(issueKey: string, from: string | null, to: string | null, at: string, by: string | null): DueDateMove {
  return {
    issueKey: anIssueKey(issueKey),
    from: from === null ? null : aDay(from),
    to: to === null ? null : aDay(to),
    at: anInstant(at),
    by: by === null ? null : anAccountId(by),
  };
}
