import type { SurfaceRoute } from '../routing/route-surface';
import { AdminPage } from './admin-page';
import { IssuePanel } from './issue-panel';
import { PortfolioPage } from './portfolio-page';
import { ProjectPage } from './project-page';
import { ReportMacro } from './report-macro';
import { ReportMacroConfig } from './report-macro-config';
import { UnknownSurface } from './unknown-surface';

/** One component per surface; the switch is exhaustive so a new route cannot be forgotten here. */
export function SurfaceView({ route }: { readonly route: SurfaceRoute }) {
  switch (route.kind) {
    case 'issue-panel':
      return <IssuePanel issueKey={route.issueKey} projectKey={route.projectKey} />;
    case 'project-page':
      return <ProjectPage projectKey={route.projectKey} />;
    case 'portfolio':
      return <PortfolioPage />;
    case 'admin':
      return <AdminPage />;
    case 'report-macro':
      return <ReportMacro config={route.config} />;
    case 'report-macro-config':
      return <ReportMacroConfig config={route.config} />;
    case 'unknown':
      return <UnknownSurface moduleKey={route.moduleKey} />;
    default: {
      const unreachable: never = route;
      return unreachable;
    }
  }
}
