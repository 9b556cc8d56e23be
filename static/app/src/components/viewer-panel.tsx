import type { ReactNode } from 'react';
import Heading from '@atlaskit/heading';
import Lozenge from '@atlaskit/lozenge';
import type { ViewerDto } from '../../../../src/contract/viewer-dto';
import { useResolver } from '../resolver/use-resolver';
import { ErrorState } from './error-state';
import { LoadingState } from './loading-state';
import { ProjectsTable } from './projects-table';

export interface ViewerPanelProps {
  /** Facts from the page's own context (the issue or project in view), shown above the projects. */
  readonly renderContextFacts?: (viewer: ViewerDto) => ReactNode;
}

/** Who is looking, whether Jira makes them an administrator, and which projects Jira lets them browse. */
export function ViewerPanel({ renderContextFacts }: ViewerPanelProps) {
  const viewer = useResolver('getViewer');
  return (
    <section className="pmo-panel" aria-labelledby="pmo-viewer-heading">
      <Heading size="medium" as="h2" id="pmo-viewer-heading">
        Your access
      </Heading>
      {viewer.state === 'loading' && <LoadingState label="Loading who you are" />}
      {viewer.state === 'error' && <ErrorState title="Could not load who you are" message={viewer.message} code={viewer.code} onRetry={viewer.retry} headingLevel="h3" />}
      {viewer.state === 'ready' && (
        <>
          <p className="pmo-signed-in">
            <span>
              Signed in as <strong>{viewer.data.displayName}</strong>
            </span>
            {viewer.data.isAdmin ? <Lozenge appearance="success">Jira administrator</Lozenge> : <Lozenge>Not a Jira administrator</Lozenge>}
          </p>
          {renderContextFacts?.(viewer.data)}
          <ProjectsTable projects={viewer.data.projects} />
        </>
      )}
    </section>
  );
}
