import { generateDemoSite } from '../../../local/demo/generate-demo-site';
import { createJiraFake } from '../../../local/jira-fake/create-jira-fake';
import { changeIssues } from '../../../scripts/bench/change-issues';

const now = new Date('2026-11-20T12:00:00Z');
const at = new Date('2026-11-20T13:00:00Z');

describe('changeIssues', () => {
  const site = generateDemoSite({ now, scale: 1000 });

  it.each([
    ['edits one issue in a hundred by default', 100, 10],
    ['edits one issue in ten with a stride of 10', 10, 100],
  ])('%s', (_name, stride, expected) => {
    const fake = createJiraFake(site, { now: () => now });
    const changed = changeIssues(fake, at, stride);
    const keys = [...changed.values()].flat();
    expect(keys).toHaveLength(expected);
    const edited = fake.site.issues.filter((issue) => issue.fields.updated.startsWith('2026-11-20T13:00'));
    expect(edited.map((issue) => issue.key).sort()).toEqual([...keys].sort());
  });

  it('groups the edited keys under their own project', () => {
    const changed = changeIssues(createJiraFake(site, { now: () => now }), at);
    for (const [project, keys] of changed) {
      expect(keys.every((key) => key.startsWith(`${project}-`))).toBe(true);
    }
  });
});
