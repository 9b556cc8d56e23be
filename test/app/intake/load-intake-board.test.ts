import { loadIntakeBoard } from '../../../src/app/intake/load-intake-board';
import type { IntakeDeps } from '../../../src/app/intake/intake-deps';
import { parseAccountId } from '../../../src/domain/ids/parse-account-id';
import { parseInstant } from '../../../src/domain/time/parse-instant';
import type { WorkItem } from '../../../src/domain/work-item/work-item';
import { wsjfScoringModel } from '../../../src/domain/intake/wsjf-scoring-model';
import type { ReviewerScore } from '../../../src/ports/reviewer-score';
import type { StoredScoringModel } from '../../../src/ports/stored-scoring-model';
import type { BrowsableProject } from '../../../src/ports/viewer-directory';
import { anIssueKey } from '../../domain/builders/an-issue-key';
import { aProjectKey } from '../../domain/builders/a-project-key';
import { aWorkItem } from '../../domain/builders/a-work-item';

const at = (text: string) => {
  const instant = parseInstant(text);
  if (instant === null) throw new Error(text);
  return instant;
};
const reviewer = parseAccountId('pm');
if (reviewer === null) throw new Error('pm');

const project = (key: string, category: string | null): BrowsableProject => ({ id: key, key, name: `${key} project`, category, leadAccountId: null });
const proposal = (key: string, overrides: Partial<WorkItem> = {}) =>
  aWorkItem({ key, issueType: 'Proposal', created: '2026-03-01T09:00:00.000+0000', ...overrides });
const score = (proposalKey: string, criterionId: string, value: number, modelId = 'wsjf-mapped'): ReviewerScore => ({
  proposalKey: anIssueKey(proposalKey),
  modelId,
  criterionId,
  value,
  scoredBy: reviewer,
  scoredAt: at('2026-03-05T10:00:00Z'),
});

/** A WSJF model whose workflow decides: "Won't Do" rejects, "Approved" approves. */
const mapped: StoredScoringModel = {
  model: {
    ...wsjfScoringModel,
    id: 'wsjf-mapped',
    name: 'WSJF with workflow',
    statusStages: [
      { status: "Won't Do", stage: 'rejected' },
      { status: 'Approved', stage: 'approved' },
    ],
  },
  savedAt: '2026-03-01T00:00:00.000Z',
  savedBy: 'admin',
};

/** Stub ports over fixed data; the item reads are counted per project so a hidden project can be shown unread. */
function depsFor(items: Record<string, WorkItem[] | null>, scores: ReviewerScore[], browsable: BrowsableProject[]) {
  const reads: string[] = [];
  const deps: IntakeDeps = {
    viewer: { browsableProjects: () => Promise.resolve(browsable), isJiraAdmin: () => Promise.resolve(false) },
    jira: { mayAdministerProject: (key) => Promise.resolve(key === 'IN') },
    workItems: {
      loadProjectIssues: (key) => {
        reads.push(key);
        const stored = items[key];
        return Promise.resolve(stored === null || stored === undefined ? null : stored.map((item, index) => ({ issueId: String(index), item })));
      },
    },
    rollups: { loadRollup: () => Promise.resolve(null) },
    settings: {
      loadSettings: () =>
        Promise.resolve({
          projectKeys: [aProjectKey('IN'), aProjectKey('HID'), aProjectKey('NEW')],
          issueTypes: ['Proposal'],
          labels: ['intake'],
          modelId: 'wsjf-mapped',
        }),
      saveSettings: () => Promise.resolve(),
    },
    models: {
      listModels: () => Promise.resolve([mapped]),
      loadModel: (id) => Promise.resolve(id === mapped.model.id ? mapped : null),
      addModelVersion: () => Promise.resolve('saved'),
      addModelVersions: () => Promise.resolve(),
    },
    scores: {
      listScores: (key) => Promise.resolve(scores.filter((s) => s.proposalKey.startsWith(`${key}-`))),
      saveScore: () => Promise.resolve(),
      clearScore: () => Promise.resolve(),
    },
    decisions: { listDecisions: () => Promise.resolve([]), addDecision: () => Promise.resolve('saved') },
    capacity: {
      viewer: { browsableProjects: () => Promise.resolve(browsable), isJiraAdmin: () => Promise.resolve(false) },
      rollups: { loadRollup: () => Promise.resolve(null) },
      workItems: { loadProjectIssues: () => Promise.resolve(null) },
      capacities: { loadCapacities: () => Promise.resolve(null) },
      templateFor: () => Promise.reject(new Error('no project is counted without a roll-up')),
      intakeSettings: { loadSettings: () => Promise.resolve(null) },
    },
    now: () => new Date('2026-11-20T12:00:00Z'),
    deliveries: { listDeliveries: () => Promise.resolve([]), addDelivery: () => Promise.resolve('saved') },
  };
  return { deps, reads };
}

const full = { businessValue: 8, timeCriticality: 5, riskReduction: 0, jobSize: 2 };

describe('loadIntakeBoard', () => {
  const items = {
    IN: [
      proposal('IN-1', { criteria: full }),
      proposal('IN-2', { criteria: { ...full, jobSize: 4 }, statusName: "won't do", resolved: '2026-03-09T16:00:00.000+0000' }),
      proposal('IN-3', { criteria: { businessValue: 3, timeCriticality: 3, riskReduction: 3 } }),
      aWorkItem({ key: 'IN-4', issueType: 'Story', labels: ['Intake'], created: '2026-03-02T09:00:00.000+0000', criteria: full }),
      aWorkItem({ key: 'IN-5', issueType: 'Story' }),
    ],
    HID: [proposal('HID-1', { criteria: full })],
    NEW: null,
  };
  const scores = [score('IN-3', 'jobSize', 3), score('IN-1', 'jobSize', 13), score('IN-3', 'riskReduction', 20, 'another-model')];
  const browsable = [project('IN', 'Growth'), project('NEW', null)];

  it('scores by the chosen model, a reviewer filling only what Jira lacks, and ranks ties by submission then key', async () => {
    const board = await loadIntakeBoard(depsFor(items, scores, browsable).deps);
    expect(board.proposals.map((p) => [p.rank, p.key, p.breakdown])).toEqual([
      [1, 'IN-1', 'WSJF 6.5 = (8 + 5 + 0) / 2'],
      [1, 'IN-4', 'WSJF 6.5 = (8 + 5 + 0) / 2'],
      [3, 'IN-2', 'WSJF 3.25 = (8 + 5 + 0) / 4'],
      [4, 'IN-3', 'WSJF 3 = (3 + 3 + 3) / 3'],
    ]);
    expect(board.proposals.find((p) => p.key === 'IN-1')?.parts.at(-1)).toMatchObject({ value: 2, source: 'jira' });
    expect(board.proposals.find((p) => p.key === 'IN-3')?.parts.map((part) => part.source)).toEqual(['jira', 'jira', 'jira', 'reviewer']);
  });

  it("takes the stage from the model's status mapping, dated by the resolution, with no decider named", async () => {
    const board = await loadIntakeBoard(depsFor(items, scores, browsable).deps);
    expect(board.proposals.find((p) => p.key === 'IN-2')).toMatchObject({
      stage: 'rejected',
      decidedByWorkflow: true,
      decision: { stage: 'rejected', decidedAt: '2026-03-09T16:00:00.000Z', decidedBy: null, source: 'workflow' },
    });
    expect(board.proposals.find((p) => p.key === 'IN-1')).toMatchObject({ stage: 'submitted', decidedByWorkflow: false, decision: null });
  });

  it('never reads a project the viewer may not browse, and names an unrefreshed one', async () => {
    const { deps, reads } = depsFor(items, scores, browsable);
    const board = await loadIntakeBoard(deps);
    expect(reads.sort()).toEqual(['IN', 'NEW']);
    expect(JSON.stringify(board)).not.toContain('HID');
    expect([board.notRefreshed, board.settings.projectKeys]).toEqual([['NEW'], ['IN', 'NEW']]);
  });

  it('lets the viewer decide only in the projects Jira lets them administer, and uses the project category as program', async () => {
    const board = await loadIntakeBoard(depsFor(items, scores, browsable).deps);
    expect(board.proposals.every((p) => p.canDecide && p.program === 'Growth')).toBe(true);
    expect(board.canConfigure).toBe(false);
  });
});
