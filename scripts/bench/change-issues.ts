import type { JiraFake } from '../../local/jira-fake/create-jira-fake';

/**
 * Edits every `stride`-th issue of the fake's site (the first, then every 100th by default: 1 %), changing its
 * summary at `at` as a user would, and answers the edited keys grouped by project key.
 */
export function changeIssues(fake: JiraFake, at: Date, stride = 100): Map<string, string[]> {
  const keys = fake.site.issues.filter((_, index) => index % stride === 0).map((issue) => issue.key);
  const byProject = new Map<string, string[]>();
  for (const key of keys) {
    fake.updateIssue(key, { summary: `${key} re-planned in the benchmark` }, at);
    const project = key.slice(0, key.lastIndexOf('-'));
    const edited = byProject.get(project) ?? [];
    edited.push(key);
    byProject.set(project, edited);
  }
  return byProject;
}
