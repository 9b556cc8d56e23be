import Heading from '@atlaskit/heading';
import SectionMessage from '@atlaskit/section-message';
import { ContextFacts } from '../components/context-facts';
import { ErrorState } from '../components/error-state';
import { LoadingState } from '../components/loading-state';
import { SurfaceLayout } from '../components/surface-layout';
import { describeReportConfig } from '../report-config/describe-report-config';
import type { ReportConfig } from '../report-config/report-config-schema';
import { toReportPayload } from '../report-config/to-report-payload';
import { FrozenReportsPanel } from '../report/frozen-reports-panel';
import { ReportView } from '../report/report-view';
import { useResolver } from '../resolver/use-resolver';

function LiveReport({ config }: { readonly config: ReportConfig }) {
  const report = useResolver(['getStatusReport', toReportPayload(config)]);
  if (report.state === 'loading') return <LoadingState label="Building the report" />;
  if (report.state === 'error') {
    // The one way a saved config stops working on its own: the baseline it looks back to was deleted.
    const baselineGone = report.code === 'NOT_FOUND' && config.period === 'baseline';
    return (
      <ErrorState
        title="Could not build the report"
        message={baselineGone ? `${report.message} Edit this macro to choose another period.` : report.message}
        code={report.code}
        onRetry={report.retry}
      />
    );
  }
  return <ReportView data={report.data} />;
}

/** The executive status report macro on a Confluence page, shown to each reader as they may see it. */
export function ReportMacro({ config }: { readonly config: ReportConfig | null }) {
  return (
    <SurfaceLayout
      title="Executive status report"
      purpose="A status report built from Jira issue data: RAG with reasons, progress, milestones, slips, top risks, compliance, cost and trends, to read, print and export."
      wide
    >
      {config === null ? (
        <section className="pmo-panel" aria-labelledby="pmo-report-settings-heading">
          <Heading size="medium" as="h2" id="pmo-report-settings-heading">
            Report settings
          </Heading>
          <SectionMessage appearance="information" title="Not set up yet" headingLevel="h3">
            <p>Edit this macro to choose the report's scope, period and sections.</p>
          </SectionMessage>
        </section>
      ) : (
        <>
          <LiveReport config={config} />
          <FrozenReportsPanel payload={toReportPayload(config)} />
          <section className="pmo-panel pmo-no-print" aria-labelledby="pmo-report-settings-heading">
            <Heading size="medium" as="h2" id="pmo-report-settings-heading">
              Report settings
            </Heading>
            <ContextFacts label="Settings in force" facts={describeReportConfig(config)} />
          </section>
        </>
      )}
    </SurfaceLayout>
  );
}
