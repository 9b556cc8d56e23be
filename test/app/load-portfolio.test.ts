import type { PortfolioIntake } from '../../src/app/intake/portfolio-intake';
import { loadPortfolio, type LoadPortfolioPorts } from '../../src/app/load-portfolio';
import type { ChangeControlSummary } from '../../src/domain/change-control/change-control-summary';
import { computeProjectRollup } from '../../src/domain/rollup/compute-project-rollup';
import type { ProjectRollup } from '../../src/domain/rollup/project-rollup';
import type { StoredRollup } from '../../src/ports/stored-rollup';
import type { BrowsableProject } from '../../src/ports/viewer-directory';
import { aProjectRollupInput } from '../domain/builders/a-project-rollup-input';
import { aWorkItem } from '../domain/builders/a-work-item';

const asOf = '2026-03-10T12:00:00Z';
const noIntake: PortfolioIntake = { intakeProjectKeys: new Set(), deliveredBy: new Map() };
const today = '2026-03-10';

function aRollup(key: string, changeControl?: ChangeControlSummary): ProjectRollup {
  const rollup = computeProjectRollup(aProjectRollupInput(key, [aWorkItem({ key: `${key}-1` })], 'Core'), asOf);
  return changeControl === undefined ? rollup : { ...rollup, changeControl };
}

const slipping: ChangeControlSummary = {
  baselineVersion: 2,
  changeRequests: 3,
  pending: 1,
  oldestPendingDays: 12,
  uncontrolledSlips: 1,
  slips: [{ itemKey: 'ALPHA-7', kind: 'milestone', approvedDue: '2026-03-01', currentDue: '2026-03-15', daysLate: 14 }],
  budgetBeyond: 20_000,
  scopeBeyond: null,
};
// Pending changes in a project the viewer may not browse: nothing of them may reach the page.
const hiddenSummary: ChangeControlSummary = { ...slipping, baselineVersion: 5, pending: 40, oldestPendingDays: 99, uncontrolledSlips: 30 };

function project(key: string): BrowsableProject {
  return { id: key, key, name: `Project ${key}`, category: 'Core', leadAccountId: null };
}

function portsFor(visible: readonly string[], stored: readonly ProjectRollup[], intake: PortfolioIntake = noIntake): LoadPortfolioPorts {
  const byKey = new Map<string, StoredRollup>(
    stored.map((rollup) => [
      rollup.project.key,
      { rollup, refresh: { asOf, readStartedAt: asOf, mode: 'full', partial: false, itemCount: 1, skippedIssues: 0 } },
    ]),
  );
  return {
    viewer: {
      myself: () => Promise.resolve({ accountId: 'pm', displayName: 'PM' }),
      isJiraAdmin: () => Promise.resolve(false),
      browsableProjects: () => Promise.resolve(visible.map(project)),
    },
    rollups: { loadRollup: (key) => Promise.resolve(byKey.get(key) ?? null) },
    snapshots: { loadLatestSnapshotBefore: () => Promise.resolve(null), loadHistory: () => Promise.resolve([]) },
    pendingChanges: { list: () => Promise.resolve([]) },
    refreshRequestedAt: () => Promise.resolve(null),
    readingStatus: () => Promise.resolve({ plan: null, throttle: null, backgroundPointsPerHour: 6_500 }),
    intake: () => Promise.resolve(intake),
  };
}

describe('loadPortfolio: change control per project', () => {
  const stored = [aRollup('ALPHA', slipping), aRollup('BETA'), aRollup('GAMMA', hiddenSummary)];

  it("carries each project's change control as its roll-up keeps it, and null for a roll-up stored before it was kept", async () => {
    const portfolio = await loadPortfolio(portsFor(['ALPHA', 'BETA'], stored), today);
    const shown = portfolio.programs.flatMap((program) => program.projects.map((p) => [p.rollup.project.key, p.changeControl]));
    expect(shown).toEqual([
      ['ALPHA', slipping],
      ['BETA', null],
    ]);
  });

  it('leaves out the change control of a project the viewer cannot browse, so no pending change or slip of it shows', async () => {
    const portfolio = await loadPortfolio(portsFor(['ALPHA', 'BETA'], stored), today);
    const text = JSON.stringify(portfolio);
    expect(text).not.toContain('GAMMA');
    expect(text).not.toContain('"pending":40');
    expect(text).not.toContain('"uncontrolledSlips":30');
  });
});

describe('loadPortfolio: intake', () => {
  const stored = [aRollup('ALPHA'), aRollup('BETA'), aRollup('INT')];
  const intake: PortfolioIntake = {
    intakeProjectKeys: new Set(['INT']),
    deliveredBy: new Map([['ALPHA', [{ key: 'INT-1', summary: 'Cloud contact centre', epicKey: null }]]]),
  };

  it('leaves the intake project out of the rows and totals, and names it for the page', async () => {
    const portfolio = await loadPortfolio(portsFor(['ALPHA', 'BETA', 'INT'], stored, intake), today);
    expect(portfolio.programs.flatMap((program) => program.projects.map((p) => p.rollup.project.key))).toEqual(['ALPHA', 'BETA']);
    expect([...portfolio.totals.projectKeys].sort()).toEqual(['ALPHA', 'BETA']);
    expect(portfolio.intakeProjects).toEqual([{ key: 'INT', name: 'Project INT' }]);
  });

  it('carries the approved proposals each project delivers, and none where it delivers none', async () => {
    const portfolio = await loadPortfolio(portsFor(['ALPHA', 'BETA', 'INT'], stored, intake), today);
    const fromIntake = portfolio.programs.flatMap((program) => program.projects.map((p) => [p.rollup.project.key, p.fromIntake.map((d) => d.key)]));
    expect(fromIntake).toEqual([
      ['ALPHA', ['INT-1']],
      ['BETA', []],
    ]);
  });

  it('counts an intake project not refreshed yet nowhere', async () => {
    const portfolio = await loadPortfolio(portsFor(['ALPHA', 'INT'], [aRollup('ALPHA')], intake), today);
    expect(portfolio.notRefreshed).toEqual([]);
  });
});
