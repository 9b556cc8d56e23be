export type DemoLinkTypeName = 'Blocks' | 'Cloners' | 'Duplicate' | 'Relates' | 'Dependency';

export interface DemoLinkType {
  id: string;
  name: DemoLinkTypeName;
  inward: string;
  outward: string;
}

/**
 * Issue link types as GET /rest/api/3/issueLinkType lists them: Jira's defaults plus a "Dependency" type.
 * On an issue, an entry with `outwardIssue` reads "this issue <outward> that one" (a blocker carries
 * `outwardIssue` pointing at what it blocks); one with `inwardIssue` reads "this issue <inward> that one".
 */
export const demoLinkTypes: Readonly<Record<DemoLinkTypeName, DemoLinkType>> = {
  Blocks: { id: '10000', name: 'Blocks', inward: 'is blocked by', outward: 'blocks' },
  Cloners: { id: '10001', name: 'Cloners', inward: 'is cloned by', outward: 'clones' },
  Duplicate: { id: '10002', name: 'Duplicate', inward: 'is duplicated by', outward: 'duplicates' },
  Relates: { id: '10003', name: 'Relates', inward: 'relates to', outward: 'relates to' },
  Dependency: { id: '10004', name: 'Dependency', inward: 'is depended on by', outward: 'depends on' },
};
