import { stageOfStatus } from '../../../src/domain/intake/stage-of-status';
import { wsjfScoringModel } from '../../../src/domain/intake/wsjf-scoring-model';

const mapped = {
  ...wsjfScoringModel,
  statusStages: [
    { status: 'In Review', stage: 'screening' },
    { status: "Won't Do", stage: 'rejected' },
  ],
} as const;

describe('stageOfStatus', () => {
  it.each([
    ['In Review', 'screening'],
    ["  won't do ", 'rejected'],
    ['Backlog', null],
  ])('reads the status %j as %s', (status, stage) => {
    expect(stageOfStatus(mapped, status)).toBe(stage);
  });

  it('leaves every stage to the app when the model maps no statuses', () => {
    expect(stageOfStatus(wsjfScoringModel, 'Done')).toBeNull();
  });
});
