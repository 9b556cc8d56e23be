import Heading from '@atlaskit/heading';
import SectionMessage from '@atlaskit/section-message';
import { ContextFacts } from '../components/context-facts';
import { SurfaceLayout } from '../components/surface-layout';
import { ViewerPanel } from '../components/viewer-panel';
import { describeReportConfig } from '../report-config/describe-report-config';
import type { ReportConfig } from '../report-config/report-config-schema';

/** The executive status report macro on a Confluence page, shown to each reader as they may see it. */
export function ReportMacro({ config }: { readonly config: ReportConfig | null }) {
  return (
    <SurfaceLayout
      title="Executive status report"
      purpose="A portfolio status report built from Jira issue data: RAG with reasons, progress, milestones, top risks, compliance, cost and trends, to read, print and export."
    >
      <section className="pmo-panel" aria-labelledby="pmo-report-settings-heading">
        <Heading size="medium" as="h2" id="pmo-report-settings-heading">
          Report settings
        </Heading>
        {config === null ? (
          <SectionMessage appearance="information" title="Not set up yet" headingLevel="h3">
            <p>Edit this macro to choose the report's scope, period and sections.</p>
          </SectionMessage>
        ) : (
          <ContextFacts label="Settings in force" facts={describeReportConfig(config)} />
        )}
      </section>
      <ViewerPanel />
    </SurfaceLayout>
  );
}
