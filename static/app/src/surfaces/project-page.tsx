import { ContextFacts } from '../components/context-facts';
import { SurfaceLayout } from '../components/surface-layout';
import { ViewerPanel } from '../components/viewer-panel';

/** The RAID log and compliance page of a Jira project. */
export function ProjectPage({ projectKey }: { readonly projectKey: string | null }) {
  return (
    <SurfaceLayout
      title="RAID log and compliance"
      purpose="This project's RAID log with a 5x5 risk heat map, every compliance violation grouped by rule, and its milestones with phase-gate readiness."
    >
      <ViewerPanel
        renderContextFacts={(viewer) => {
          const project = viewer.projects.find((candidate) => candidate.key === projectKey);
          const description = projectKey === null ? 'Not known: Jira gave no project for this page' : project ? `${project.name} (${project.key})` : projectKey;
          return <ContextFacts label="This project" facts={[{ term: 'Project', description }]} />;
        }}
      />
    </SurfaceLayout>
  );
}
