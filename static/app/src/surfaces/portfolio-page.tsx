import { SurfaceLayout } from '../components/surface-layout';
import { ViewerPanel } from '../components/viewer-panel';

/** The PMO portfolio (Jira global page): the roll-up for executives and the PMO lead. */
export function PortfolioPage() {
  return (
    <SurfaceLayout
      title="PMO portfolio"
      purpose="Portfolio roll-up across projects and programs: RAG per dimension with the reason behind each colour, progress, milestones, top risks, compliance, cost as earned value, and trends since the last snapshot."
    >
      <ViewerPanel />
    </SurfaceLayout>
  );
}
