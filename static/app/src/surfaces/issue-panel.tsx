import { ContextFacts } from '../components/context-facts';
import { SurfaceLayout } from '../components/surface-layout';
import { ViewerPanel } from '../components/viewer-panel';

export interface IssuePanelProps {
  readonly issueKey: string | null;
  readonly projectKey: string | null;
}

/** The Governance panel on every Jira issue. */
export function IssuePanel({ issueKey, projectKey }: IssuePanelProps) {
  return (
    <SurfaceLayout
      title="Governance"
      purpose="Whether this issue complies with its project's governance template and what to fix, the RAID items linked to it (or, on a RAID item, its score and state), late dependencies upstream, and the project's RAG."
    >
      <ViewerPanel
        renderContextFacts={() => (
          <ContextFacts
            label="This issue"
            facts={[
              { term: 'Issue', description: issueKey ?? 'Not known: Jira gave no issue for this panel' },
              { term: 'Project', description: projectKey ?? 'Not known' },
            ]}
          />
        )}
      />
    </SurfaceLayout>
  );
}
