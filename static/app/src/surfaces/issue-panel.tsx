import { ErrorState } from '../components/error-state';
import { IssueGovernanceView } from '../components/issue-governance-view';
import { LoadingState } from '../components/loading-state';
import { SurfaceLayout } from '../components/surface-layout';
import { useResolver } from '../resolver/use-resolver';

export interface IssuePanelProps {
  readonly issueKey: string | null;
  readonly projectKey: string | null;
}

function IssueGovernance({ issueKey }: { readonly issueKey: string }) {
  const governance = useResolver(['getIssueGovernance', { issueKey }]);
  switch (governance.state) {
    case 'loading':
      return <LoadingState label="Loading governance" />;
    case 'error':
      return (
        <ErrorState title="The governance of this issue could not be loaded" message={governance.message} code={governance.code} onRetry={governance.retry} />
      );
    case 'ready':
      return <IssueGovernanceView governance={governance.data} />;
  }
}

/** The Governance panel on every Jira issue. */
export function IssuePanel({ issueKey }: IssuePanelProps) {
  return (
    <SurfaceLayout title="Governance" purpose={`RAID items for ${issueKey ?? 'this issue'}, what it waits on, and the project's RAG.`}>
      {issueKey === null ? (
        <ErrorState title="No issue" message="Jira gave no issue for this panel, so there is nothing to show." />
      ) : (
        <IssueGovernance issueKey={issueKey} />
      )}
    </SurfaceLayout>
  );
}
