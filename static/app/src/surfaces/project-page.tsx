import { ErrorState } from '../components/error-state';
import { LoadingState } from '../components/loading-state';
import { ProjectRaidView } from '../components/project-raid-view';
import { SurfaceLayout } from '../components/surface-layout';
import { useResolver } from '../resolver/use-resolver';

function ProjectRaid({ projectKey }: { readonly projectKey: string }) {
  // After a colour is set by hand the page fetches again while still showing what it has, so the panel that made the
  // change (and its announcement) stays in place; a failed fetch then keeps what is shown. "Try again" after a failed
  // load starts over, spinner and all.
  const raid = useResolver(['getProjectRaid', { projectKey }], { keepShownOnFailedReload: true });
  switch (raid.state) {
    case 'loading':
      return <LoadingState label="Loading the RAID log" />;
    case 'error':
      return <ErrorState title="The RAID log could not be loaded" message={raid.message} code={raid.code} onRetry={raid.retry} />;
    case 'ready':
      return <ProjectRaidView raid={raid.data} onColoursChanged={raid.reload} />;
  }
}

/** The RAID log and compliance page of a Jira project. */
export function ProjectPage({ projectKey }: { readonly projectKey: string | null }) {
  return (
    <SurfaceLayout
      title="RAID log and compliance"
      purpose="This project's RAID log with a 5x5 risk heat map, its dependencies both ways, its change control and decision log, its milestones with phase-gate readiness, and its colours with any set by hand."
      wide
    >
      {projectKey === null ? (
        <ErrorState title="No project" message="Jira gave no project for this page, so there is nothing to show." />
      ) : (
        <ProjectRaid key={projectKey} projectKey={projectKey} />
      )}
    </SurfaceLayout>
  );
}
