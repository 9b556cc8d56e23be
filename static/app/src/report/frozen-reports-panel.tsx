import { useState } from 'react';
import Button from '@atlaskit/button/new';
import Heading from '@atlaskit/heading';
import SectionMessage from '@atlaskit/section-message';
import type { FrozenReportDto } from '../../../../src/contract/report-frozen-dto';
import type { StatusReportPayload } from '../../../../src/contract/report-payload';
import type { FrozenReportSummary } from '../../../../src/domain/report';
import { ErrorState } from '../components/error-state';
import { callResolver } from '../resolver/call-resolver';
import type { ResolverState } from '../resolver/resolver-state';
import { useResolver } from '../resolver/use-resolver';
import { describeReportDiff } from './describe-report-diff';
import { ReportView } from './report-view';

function publishedWords(summary: FrozenReportSummary): string {
  return `${summary.publishedAt.replace('T', ' ').slice(0, 16)} UTC by ${summary.publishedBy.displayName}`;
}

/**
 * Frozen copies of this macro's report: publish the report as it stands (immutable, dated, with the publisher's
 * name), list the copies the reader may open, and open one as it was published with what changed since.
 */
export function FrozenReportsPanel({ payload }: { readonly payload: StatusReportPayload }) {
  const loaded = useResolver(['listFrozenReports']);
  const list = loaded.state === 'ready' ? { state: 'ready' as const, data: loaded.data.reports } : loaded;
  const [publishing, setPublishing] = useState<{ readonly busy: boolean; readonly error: string | null }>({ busy: false, error: null });
  const [opened, setOpened] = useState<ResolverState<FrozenReportDto> | null>(null);

  const publish = async () => {
    setPublishing({ busy: true, error: null });
    const answer = await callResolver('publishStatusReport', payload);
    setPublishing({ busy: false, error: answer.state === 'error' ? answer.message : null });
    loaded.reload();
  };

  const open = async (id: string) => {
    setOpened({ state: 'loading' });
    setOpened(await callResolver('getFrozenReport', { id }));
  };

  return (
    <section className="pmo-panel pmo-no-print" aria-labelledby="pmo-frozen-heading">
      <Heading size="medium" as="h2" id="pmo-frozen-heading">
        Frozen copies
      </Heading>
      <p>
        Publish the report as it stands so a steering committee can refer back to exactly what it saw. A copy never changes; it opens only for readers who may
        browse every project in it.
      </p>
      <Button appearance="primary" isLoading={publishing.busy} onClick={() => void publish()}>
        Publish a frozen copy
      </Button>
      {publishing.error !== null && (
        <SectionMessage appearance="error" title="Not published" headingLevel="h3">
          <p>{publishing.error}</p>
        </SectionMessage>
      )}
      {list.state === 'loading' && <p className="pmo-report-empty">Loading frozen copies…</p>}
      {list.state === 'error' && (
        <ErrorState title="Could not list the frozen copies" message={list.message} code={list.code} onRetry={loaded.retry} headingLevel="h3" />
      )}
      {list.state === 'ready' &&
        (list.data.length === 0 ? (
          <p className="pmo-report-empty">No frozen copy yet.</p>
        ) : (
          <ul aria-label="Frozen copies of this report">
            {list.data.map((summary) => (
              <li key={summary.id}>
                {summary.title}, published {publishedWords(summary)}{' '}
                <Button appearance="subtle" onClick={() => void open(summary.id)}>
                  {`Open the copy of ${publishedWords(summary)}`}
                </Button>
              </li>
            ))}
          </ul>
        ))}
      {opened?.state === 'loading' && <p className="pmo-report-empty">Opening the frozen copy…</p>}
      {opened?.state === 'error' && <p className="pmo-field-error">{opened.message}</p>}
      {opened?.state === 'ready' && (
        <div aria-label="Frozen copy">
          <Heading size="small" as="h3">
            {`Frozen copy published ${publishedWords(opened.data.frozen)}`}
          </Heading>
          {opened.data.diff === null ? (
            <p>This frozen report cannot be compared with today's: its baseline was deleted.</p>
          ) : (
            <>
              <p>Changes since:</p>
              <ul aria-label="Changes since the frozen copy">
                {describeReportDiff(opened.data.diff).map((line) => (
                  <li key={line}>{line}</li>
                ))}
              </ul>
            </>
          )}
          <ReportView idPrefix="pmo-frozen" data={{ report: opened.data.frozen.report, sections: opened.data.frozen.request.sections }} />
        </div>
      )}
    </section>
  );
}
