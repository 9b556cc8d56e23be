import { GovernanceSettings } from '../components/admin/governance-settings';
import { SurfaceLayout } from '../components/surface-layout';

/** PMO governance settings (Jira admin page): templates, assignments, import and export, baselines, intake and capacity, and the audit log. */
export function AdminPage() {
  return (
    <SurfaceLayout
      wide
      title="PMO governance settings"
      purpose="Governance templates (rules, phases and gates, RAG thresholds, RAID mapping, field mapping), which project follows which template and belongs to which program, baselines that reports can look back to, how proposals are recognised and scored for intake, each program's capacity per quarter, and an audit log of every change."
    >
      <GovernanceSettings />
    </SurfaceLayout>
  );
}
