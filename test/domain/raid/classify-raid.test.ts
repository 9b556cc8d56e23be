import { classifyRaid } from '../../../src/domain/raid/classify-raid';
import { defaultRaidMapping } from '../../../src/domain/raid/default-raid-mapping';
import type { RaidMapping } from '../../../src/domain/raid/raid-mapping';
import { aWorkItem } from '../builders/a-work-item';

describe('classifyRaid with the default mapping', () => {
  it.each([
    ['classifies issue type Risk as a risk', 'Risk', [], 'risk'],
    ['classifies issue type Assumption as an assumption', 'Assumption', [], 'assumption'],
    ['classifies issue type Issue as an issue', 'Issue', [], 'issue'],
    ['classifies issue type "RAID Issue" as an issue', 'RAID Issue', [], 'issue'],
    ['classifies issue type Dependency as a dependency', 'Dependency', [], 'dependency'],
    ['classifies issue type Decision as a decision, apart from dependencies', 'Decision', [], 'decision'],
    ['classifies a Task labelled raid-decision as a decision', 'Task', ['raid-decision'], 'decision'],
    ['matches type names without regard to case', 'raid issue', [], 'issue'],
    ['classifies a Task labelled raid-risk as a risk', 'Task', ['raid-risk'], 'risk'],
    ['classifies a Story labelled raid-assumption as an assumption', 'Story', ['raid-assumption'], 'assumption'],
    ['classifies a Bug labelled raid-issue as an issue', 'Bug', ['raid-issue'], 'issue'],
    ['classifies a Task labelled raid-dependency as a dependency', 'Task', ['raid-dependency'], 'dependency'],
    ['matches labels without regard to case', 'Task', ['RAID-Risk'], 'risk'],
    ['lets the issue type win over a label of another kind', 'Dependency', ['raid-risk'], 'dependency'],
    ['takes the first kind in RAID order when labels disagree', 'Task', ['raid-dependency', 'raid-risk'], 'risk'],
    ['leaves a Story without RAID labels unclassified', 'Story', ['frontend'], null],
    ['leaves an Epic unclassified', 'Epic', [], null],
  ])('%s', (_behaviour, issueType, labels, expected) => {
    expect(classifyRaid(aWorkItem({ issueType, labels }), defaultRaidMapping)).toBe(expected);
  });

  it('uses the default mapping when none is given', () => {
    expect(classifyRaid(aWorkItem({ issueType: 'Risk' }))).toBe('risk');
  });
});

describe('classifyRaid with a site mapping', () => {
  const mapping: RaidMapping = {
    issueTypes: { risk: ['Threat'], assumption: [], issue: ['Problem'], dependency: ['External Dependency'], decision: ['Ruling'] },
    labels: { risk: ['threat'], assumption: ['assume'], issue: [], dependency: [], decision: ['decided'] },
  };

  it.each([
    ['recognises a renamed risk type', 'Threat', [], 'risk'],
    ['recognises a renamed issue type', 'Problem', [], 'issue'],
    ['recognises a renamed label', 'Task', ['assume'], 'assumption'],
    ['no longer recognises the default Risk type', 'Risk', [], null],
    ['no longer recognises the default raid-risk label', 'Task', ['raid-risk'], null],
    ['recognises a renamed decision type', 'Ruling', [], 'decision'],
    ['recognises a renamed decision label', 'Task', ['decided'], 'decision'],
    ['no longer recognises the default Decision type', 'Decision', [], null],
  ])('%s', (_behaviour, issueType, labels, expected) => {
    expect(classifyRaid(aWorkItem({ issueType, labels }), mapping)).toBe(expected);
  });
});
