import fc from 'fast-check';
import { applyApprovedChange } from '../../../src/domain/change-control/apply-approved-change';
import type { ApprovedBaseline } from '../../../src/domain/change-control/approved-baseline';
import { changeOutcomes } from '../../../src/domain/change-control/change-outcome';
import type { ChangeRequest } from '../../../src/domain/change-control/change-request';
import { describeLedger } from '../../../src/domain/change-control/describe-ledger';
import type { DueDateMove } from '../../../src/domain/change-control/due-date-move';
import { findUncontrolledSlips } from '../../../src/domain/change-control/find-uncontrolled-slips';
import { addCalendarDays } from '../../../src/domain/time/add-calendar-days';
import type { CalendarDay } from '../../../src/domain/time/calendar-day';
import { calendarDaysBetween } from '../../../src/domain/time/calendar-days-between';
import { anIssueKey } from '../builders/an-issue-key';
import { aChangeRequest } from './builders/a-change-request';
import { aDecision } from './builders/a-decision';
import { aMove } from './builders/a-move';
import { coreV1 } from './builders/core-v1';

const itemKeys = ['CORE-7', 'CORE-8', 'CORE-9'] as const;
const people = ['alice', 'bob', 'carol'] as const;

const changeArbitrary = fc.record({
  itemKeys: fc.subarray([...itemKeys], { minLength: 1 }),
  days: fc.integer({ min: -30, max: 60 }),
  cost: fc.integer({ min: -1_000, max: 50_000 }),
  scope: fc.integer({ min: -10, max: 40 }),
  outcome: fc.constantFrom(...changeOutcomes),
});

/** Per item: the offsets (days from the original due date) its due date passed through in Jira, the last one current. */
const pathArbitrary = fc.array(fc.integer({ min: -30, max: 200 }), { minLength: 1, maxLength: 5 });

const scenarioArbitrary = fc.record({
  changes: fc.array(changeArbitrary, { maxLength: 6 }),
  paths: fc.tuple(pathArbitrary, pathArbitrary, pathArbitrary),
  movers: fc.array(fc.constantFrom(...people), { minLength: 15, maxLength: 15 }),
});

type Scenario = typeof scenarioArbitrary extends fc.Arbitrary<infer T> ? T : never;

interface Outcome {
  readonly versions: readonly ApprovedBaseline[];
  /** Snapshots of each version taken the moment it was made. */
  readonly snapshots: readonly ApprovedBaseline[];
  readonly requests: readonly ChangeRequest[];
  /** Per item, the days of the approved changes that named it. */
  readonly approvedDays: ReadonlyMap<string, number>;
  readonly moves: readonly DueDateMove[];
  readonly current: ReadonlyMap<string, CalendarDay>;
}

function instantAt(index: number): string {
  return new Date(Date.UTC(2026, 1, 2) + index * 3_600_000).toISOString();
}

function run(scenario: Scenario): Outcome {
  const v1 = coreV1();
  const versions: ApprovedBaseline[] = [v1];
  const snapshots: ApprovedBaseline[] = [structuredClone(v1)];
  const requests: ChangeRequest[] = [];
  const approvedDays = new Map<string, number>(itemKeys.map((key) => [key, 0]));
  scenario.changes.forEach((change, index) => {
    const request = aChangeRequest(`CORE-${String(100 + index)}`, {
      itemKeys: change.itemKeys,
      impact: { days: change.days, cost: change.cost, scope: change.scope },
    });
    requests.push(request);
    const latest = versions[versions.length - 1]!;
    const result = applyApprovedChange(latest, request, aDecision(request.key, change.outcome, { decidedAt: instantAt(100 + index) }));
    expect(result.ok).toBe(change.outcome === 'approved');
    if (!result.ok) return;
    versions.push(result.baseline);
    snapshots.push(structuredClone(result.baseline));
    for (const key of change.itemKeys) approvedDays.set(key, (approvedDays.get(key) ?? 0) + change.days);
  });
  const moves: DueDateMove[] = [];
  const current = new Map<string, CalendarDay>();
  itemKeys.forEach((key, itemIndex) => {
    const original = v1.items.find((item) => item.key === key)!.due;
    let had = original;
    scenario.paths[itemIndex]!.forEach((offset, step) => {
      const has = addCalendarDays(original, offset);
      const index = itemIndex * 5 + step;
      if (has !== had) moves.push(aMove(key, had, has, instantAt(index), scenario.movers[index]!));
      had = has;
    });
    current.set(key, had);
  });
  return { versions, snapshots, requests, approvedDays, moves, current };
}

function slipsOf(outcome: Outcome): ReturnType<typeof findUncontrolledSlips> {
  const latest = outcome.versions[outcome.versions.length - 1]!;
  const items = [...outcome.current].map(([key, due]) => ({ key: anIssueKey(key), due }));
  return findUncontrolledSlips(latest, { items, budgetAtCompletion: 100_000, scope: 240 }, outcome.moves);
}

function totalMove(outcome: Outcome, key: string): number {
  const original = outcome.versions[0]!.items.find((item) => item.key === key)!.due;
  return calendarDaysBetween(original, outcome.current.get(key)!);
}

describe('change control properties', () => {
  it('never leaves an uncontrolled remainder below one day, and leaves none where approvals cover the move', () => {
    fc.assert(
      fc.property(scenarioArbitrary, (scenario) => {
        const outcome = run(scenario);
        const slips = slipsOf(outcome);
        for (const key of itemKeys) {
          const remainder = slips.slips.find((slip) => slip.itemKey === key)?.daysLate ?? 0;
          expect(remainder).toBeGreaterThanOrEqual(0);
          expect(remainder).toBe(Math.max(0, totalMove(outcome, key) - outcome.approvedDays.get(key)!));
        }
        for (const slip of slips.slips) expect(slip.daysLate).toBeGreaterThan(0);
      }),
    );
  });

  it('accounts for every slipped item: approved days plus the uncontrolled remainder equal the move past the original baseline', () => {
    fc.assert(
      fc.property(scenarioArbitrary, (scenario) => {
        const outcome = run(scenario);
        for (const slip of slipsOf(outcome).slips) {
          expect(outcome.approvedDays.get(slip.itemKey)! + slip.daysLate).toBe(totalMove(outcome, slip.itemKey));
        }
      }),
    );
  });

  it('names, for each slip, the latest changelog move that crossed the approved date, or none when no move did', () => {
    fc.assert(
      fc.property(scenarioArbitrary, (scenario) => {
        const outcome = run(scenario);
        for (const slip of slipsOf(outcome).slips) {
          const crossing = outcome.moves.filter(
            (move) => move.issueKey === slip.itemKey && move.to !== null && move.to > slip.approvedDue && (move.from === null || move.from <= slip.approvedDue),
          );
          const latest = crossing.reduce<DueDateMove | null>((found, move) => (found === null || move.at > found.at ? move : found), null);
          // No crossing move happens when an approved change brought the date forward and Jira kept the old one.
          expect(slip.move).toEqual(latest === null ? null : { had: latest.from, has: latest.to, movedAt: latest.at, movedBy: latest.by });
        }
      }),
    );
  });

  it('never changes an earlier version when later changes are applied', () => {
    fc.assert(
      fc.property(scenarioArbitrary, (scenario) => {
        const outcome = run(scenario);
        expect(outcome.versions).toEqual(outcome.snapshots);
        expect(outcome.versions.map((version) => version.version)).toEqual(outcome.versions.map((_version, index) => index + 1));
        for (const version of outcome.versions) expect(Object.isFrozen(version) && Object.isFrozen(version.items)).toBe(true);
      }),
    );
  });

  it('moves each item of the latest version by exactly the approved days that named it', () => {
    fc.assert(
      fc.property(scenarioArbitrary, (scenario) => {
        const outcome = run(scenario);
        const [first, latest] = [outcome.versions[0]!, outcome.versions[outcome.versions.length - 1]!];
        for (const item of latest.items) {
          const original = first.items.find((candidate) => candidate.key === item.key)!.due;
          expect(calendarDaysBetween(original, item.due)).toBe(outcome.approvedDays.get(item.key));
        }
      }),
    );
  });

  it('reads a ledger of n versions as n versions with a change between each pair', () => {
    fc.assert(
      fc.property(scenarioArbitrary, (scenario) => {
        const outcome = run(scenario);
        const kinds = describeLedger(outcome.versions, outcome.requests).map((entry) => entry.kind);
        expect(kinds).toEqual(outcome.versions.flatMap((_version, index) => (index === 0 ? ['version'] : ['change', 'version'])));
      }),
    );
  });
});
