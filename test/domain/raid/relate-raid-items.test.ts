import { projectKeyOf } from '../../../src/domain/ids/project-key-of';
import { relateRaidItems } from '../../../src/domain/raid/relate-raid-items';
import type { WorkItemLink } from '../../../src/domain/work-item/work-item-link';
import { aWorkItem } from '../builders/a-work-item';
import { anIssueKey } from '../builders/an-issue-key';

const link = (type: WorkItemLink['type'], other: string): WorkItemLink => {
  const otherKey = anIssueKey(other);
  return { type, otherKey, otherProjectKey: projectKeyOf(otherKey) };
};

const epic = aWorkItem({ key: 'CORE-1', issueType: 'Epic', hierarchyLevel: 1 });
const story = aWorkItem({ key: 'CORE-2', parentKey: anIssueKey('CORE-1') });
const epicRisk = aWorkItem({ key: 'CORE-3', issueType: 'Risk', links: [link('relates', 'CORE-1')], raid: { probability: 4, impact: 4 } });
const siblingIssue = aWorkItem({ key: 'CORE-4', issueType: 'Issue', parentKey: anIssueKey('CORE-1') });
const linkedAssumption = aWorkItem({ key: 'CORE-5', issueType: 'Task', labels: ['raid-assumption'], links: [link('relates', 'CORE-2')] });
const plainBlocker = aWorkItem({ key: 'OPS-1', links: [link('blocks', 'CORE-2')] });
const highChildRisk = aWorkItem({ key: 'CORE-6', issueType: 'Risk', parentKey: anIssueKey('CORE-1'), raid: { probability: 3, impact: 4 } });
const mediumChildRisk = aWorkItem({ key: 'CORE-7', issueType: 'Risk', parentKey: anIssueKey('CORE-1'), raid: { probability: 3, impact: 3 } });

const summarize = (result: ReturnType<typeof relateRaidItems>) => result.map((r) => [r.item.key, r.kind, r.relation, r.via]);

describe('relateRaidItems', () => {
  it.each([
    ['shows a risk linked to the epic on a story under it, as inherited', story, ['CORE-1'], [epicRisk], [['CORE-3', 'risk', 'inherited', 'CORE-1']]],
    [
      'shows a RAID item parented on the epic on its sibling story, as inherited',
      story,
      ['CORE-1'],
      [siblingIssue],
      [['CORE-4', 'issue', 'inherited', 'CORE-1']],
    ],
    [
      'shows a RAID item linked to the story itself as linked (classified by label)',
      story,
      ['CORE-1'],
      [linkedAssumption],
      [['CORE-5', 'assumption', 'linked', 'CORE-2']],
    ],
    ['ignores ordinary work such as a blocker that is not a RAID item', story, ['CORE-1'], [plainBlocker], []],
    [
      'inherits through a grandparent for a sub-task',
      aWorkItem({ key: 'CORE-9', parentKey: anIssueKey('CORE-2'), hierarchyLevel: -1 }),
      ['CORE-2', 'CORE-1'],
      [epicRisk],
      [['CORE-3', 'risk', 'inherited', 'CORE-1']],
    ],
    ['rolls a high risk under the epic up to the epic', epic, [], [highChildRisk], [['CORE-6', 'risk', 'rolled-up', 'CORE-1']]],
    ['keeps a medium risk at the level it was entered', epic, [], [mediumChildRisk], []],
    ['does not inherit anything onto an issue without ancestors', aWorkItem({ key: 'CORE-8' }), [], [epicRisk, siblingIssue], []],
    ['never lists the issue as related to itself', epicRisk, [], [epicRisk], []],
  ])('%s', (_behaviour, target, ancestors, candidates, expected) => {
    expect(summarize(relateRaidItems(target, ancestors.map(anIssueKey), candidates))).toEqual(expected);
  });

  it('lists an item once, as linked, when it is both linked to the story and parented on the epic', () => {
    const both = aWorkItem({ key: 'CORE-10', issueType: 'Risk', parentKey: anIssueKey('CORE-1'), links: [link('relates', 'CORE-2')] });
    expect(summarize(relateRaidItems(story, [anIssueKey('CORE-1')], [both, both]))).toEqual([['CORE-10', 'risk', 'linked', 'CORE-2']]);
  });

  it('sees a link recorded only on the target side', () => {
    const risk = aWorkItem({ key: 'CORE-11', issueType: 'Risk' });
    const target = aWorkItem({ key: 'CORE-12', links: [link('relates', 'CORE-11')] });
    expect(summarize(relateRaidItems(target, [], [risk]))).toEqual([['CORE-11', 'risk', 'linked', 'CORE-12']]);
  });

  it('lets a critical-only threshold keep high risks down', () => {
    expect(relateRaidItems(epic, [], [highChildRisk], { rollUpFrom: 'critical' })).toEqual([]);
  });
});
