import { useEffect, useState } from 'react';
import type { ProjectRaidDto } from '../../../../src/contract/raid-project-dto';
import { ErrorState } from '../components/error-state';
import { LoadingState } from '../components/loading-state';
import { ProjectRaidView } from '../components/project-raid-view';
import { SurfaceLayout } from '../components/surface-layout';
import { callResolver } from '../resolver/call-resolver';
import type { ResolverState } from '../resolver/resolver-state';

function ProjectRaid({ projectKey }: { readonly projectKey: string }) {
  const [raid, setRaid] = useState<ResolverState<ProjectRaidDto>>({ state: 'loading' });
  // Bumped after a colour is set by hand: the page fetches again while still showing what it has, so the panel that
  // made the change (and its announcement) stays in place; a failed fetch again keeps what is shown.
  const [generation, setGeneration] = useState(0);
  // Bumped by "Try again" after a failed load: the page loads as it first did, spinner and all.
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    let current = true;
    if (generation === 0) setRaid({ state: 'loading' });
    void callResolver('getProjectRaid', { projectKey }).then((answer) => {
      if (current && (generation === 0 || answer.state === 'ready')) setRaid(answer);
    });
    return () => {
      current = false;
    };
  }, [projectKey, generation, attempt]);
  switch (raid.state) {
    case 'loading':
      return <LoadingState label="Loading the RAID log" />;
    case 'error':
      return (
        <ErrorState
          title="The RAID log could not be loaded"
          message={raid.message}
          code={raid.code}
          onRetry={() => {
            setRaid({ state: 'loading' });
            setAttempt((n) => n + 1);
          }}
        />
      );
    case 'ready':
      return <ProjectRaidView raid={raid.data} onColoursChanged={() => { setGeneration((n) => n + 1); }} />;
  }
}

/** The RAID log and compliance page of a Jira project. */
export function ProjectPage({ projectKey }: { readonly projectKey: string | null }) {
  return (
    <SurfaceLayout
      title="RAID log and compliance"
      purpose="This project's RAID log with a 5x5 risk heat map, its dependencies both ways, its milestones with phase-gate readiness, and its colours with any set by hand."
      wide
    >
      {projectKey === null ? <ErrorState title="No project" message="Jira gave no project for this page, so there is nothing to show." /> : <ProjectRaid key={projectKey} projectKey={projectKey} />}
    </SurfaceLayout>
  );
}
