import { projectKeyOf } from '../../../../src/domain/ids/project-key-of';
import type { ChangeImpact } from '../../../../src/domain/change-control/change-impact';
import type { ChangeRequest } from '../../../../src/domain/change-control/change-request';
import { anIssueKey } from '../../builders/an-issue-key';
import { anInstant } from './an-instant';

interface ChangeRequestOverrides {
  readonly itemKeys?: readonly string[];
  readonly impact?: Partial<ChangeImpact>;
  readonly created?: string;
  readonly summary?: string;
}

/** A change request in the key's project naming CORE-7, with no impact unless the test gives one. */
export function aChangeRequest(key: string, overrides: ChangeRequestOverrides = {}): ChangeRequest {
  const issueKey = anIssueKey(key);
  return {
    key: issueKey,
    projectKey: projectKeyOf(issueKey),
    summary: overrides.summary ?? `Change ${key}`,
    itemKeys: (overrides.itemKeys ?? ['CORE-7']).map(anIssueKey),
    impact: { days: null, cost: null, scope: null, ...overrides.impact },
    created: anInstant(overrides.created ?? '2026-02-01T09:00:00.000Z'),
  };
}
