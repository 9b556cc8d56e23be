import type { RaidItemDto } from '../../../../../src/contract/raid-item-dto';

/** A RAID item DTO for UI tests: an open, unscored assumption unless told otherwise. */
export function aRaidItem(overrides: Partial<RaidItemDto> = {}): RaidItemDto {
  return {
    key: 'CORE-1',
    projectKey: 'CORE',
    summary: 'Summary',
    kind: 'assumption',
    statusName: 'To Do',
    statusCategory: 'new',
    owner: null,
    score: null,
    severity: null,
    cell: null,
    residual: null,
    mitigation: null,
    due: null,
    updated: '2026-11-10T09:00:00.000+0000',
    stale: false,
    ageDays: 3,
    ...overrides,
  };
}

/** An open risk rated probability x impact, owned by `owner`. */
export function aRisk(
  key: string,
  probability: number,
  impact: number,
  owner: { accountId: string; displayName: string } | null = null,
  overrides: Partial<RaidItemDto> = {},
): RaidItemDto {
  const score = probability * impact;
  const severity = score >= 15 ? 'critical' : score >= 10 ? 'high' : score >= 5 ? 'medium' : 'low';
  const colour = score >= 15 ? 'red' : score >= 5 ? 'amber' : 'green';
  return aRaidItem({ key, kind: 'risk', score, severity, cell: { probability, impact, colour }, owner, ...overrides });
}
