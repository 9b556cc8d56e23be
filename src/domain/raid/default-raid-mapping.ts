import type { RaidMapping } from './raid-mapping';

/** The mapping that works on a typical site with no admin action (design section 5). */
export const defaultRaidMapping: RaidMapping = {
  issueTypes: {
    risk: ['Risk'],
    assumption: ['Assumption'],
    issue: ['Issue', 'RAID Issue'],
    dependency: ['Dependency'],
    decision: ['Decision'],
  },
  labels: {
    risk: ['raid-risk'],
    assumption: ['raid-assumption'],
    issue: ['raid-issue'],
    dependency: ['raid-dependency'],
    decision: ['raid-decision'],
  },
};
