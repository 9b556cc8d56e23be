import { ErrorState } from '../components/error-state';
import { LoadingState } from '../components/loading-state';
import { ProjectRaidView } from '../components/project-raid-view';
import { SurfaceLayout } from '../components/surface-layout';
import { useResolver } from '../resolver/use-resolver';

function ProjectRaid({ projectKey }: { readonly projectKey: string }) {
  const raid = useResolver('getProjectRaid', { projectKey });
  switch (raid.state) {
    case 'loading':
      return <LoadingState label="Loading the RAID log" />;
    case 'error':
      return <ErrorState title="The RAID log could not be loaded" message={raid.message} />;
    case 'ready':
      return <ProjectRaidView raid={raid.data} />;
  }
}

/** The RAID log and compliance page of a Jira project. */
export function ProjectPage({ projectKey }: { readonly projectKey: string | null }) {
  return (
    <SurfaceLayout
      title="RAID log and compliance"
      purpose="This project's RAID log with a 5x5 risk heat map, its dependencies both ways, and its milestones with phase-gate readiness."
      wide
    >
      {projectKey === null ? <ErrorState title="No project" message="Jira gave no project for this page, so there is nothing to show." /> : <ProjectRaid projectKey={projectKey} />}
    </SurfaceLayout>
  );
}
