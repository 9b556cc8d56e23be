import Button from '@atlaskit/button/new';
import Heading from '@atlaskit/heading';
import { useState } from 'react';
import type { TemplatePreviewDto } from '../../../../../src/contract/template-preview-dto';
import type { Template } from '../../../../../src/domain/template';
import { callResolver } from '../../resolver/call-resolver';
import { formatRatio } from '../../portfolio/format-ratio';
import { ErrorState } from '../error-state';
import { SelectField } from './select-field';

export interface PreviewPanelProps {
  readonly draft: Template;
  readonly valid: boolean;
  readonly projects: readonly { readonly key: string; readonly name: string }[];
}

const shownViolations = 50;

/** A dry run of the draft against a chosen project's items from its last refresh; nothing is saved. */
export function PreviewPanel({ draft, valid, projects }: PreviewPanelProps) {
  const [projectKey, setProjectKey] = useState(projects[0]?.key ?? '');
  const [result, setResult] = useState<
    { state: 'idle' } | { state: 'running' } | { state: 'error'; message: string } | { state: 'ready'; data: TemplatePreviewDto }
  >({ state: 'idle' });
  const run = async () => {
    setResult({ state: 'running' });
    const answer = await callResolver('previewTemplate', { template: draft, projectKey });
    setResult(answer.state === 'ready' ? { state: 'ready', data: answer.data } : { state: 'error', message: answer.message });
  };
  if (projects.length === 0) return <p>Preview needs a project you can browse.</p>;
  return (
    <section className="pmo-panel" aria-labelledby="pmo-preview-heading">
      <Heading size="small" as="h3" id="pmo-preview-heading">
        Preview against a project
      </Heading>
      <div className="pmo-field-row">
        <SelectField
          id="preview-project"
          label="Project"
          value={projectKey}
          options={projects.map((p) => ({ value: p.key, label: `${p.key} · ${p.name}` }))}
          readOnly={false}
          onChange={setProjectKey}
        />
        <Button
          isDisabled={!valid || result.state === 'running'}
          onClick={() => {
            void run();
          }}
        >
          Preview
        </Button>
      </div>
      <div aria-live="polite">
        {result.state === 'running' && <p>Evaluating the draft…</p>}
        {result.state === 'error' && <ErrorState title="Preview failed" message={result.message} headingLevel="h3" />}
        {result.state === 'ready' && (
          <div className="pmo-preview-result">
            <p>
              <strong>
                {result.data.projectKey}: compliance {formatRatio(result.data.report.score, 'n/a')}
              </strong>{' '}
              over {result.data.itemCount} items. {result.data.report.explanation}
            </p>
            {result.data.report.violations.length === 0 ? (
              <p>No violations.</p>
            ) : (
              <table className="pmo-simple-table">
                <caption>
                  Violations ({result.data.report.violations.length}
                  {result.data.report.violations.length > shownViolations ? `, first ${String(shownViolations)} shown` : ''})
                </caption>
                <thead>
                  <tr>
                    <th scope="col">Severity</th>
                    <th scope="col">Item</th>
                    <th scope="col">Rule</th>
                    <th scope="col">Found</th>
                    <th scope="col">Fix</th>
                  </tr>
                </thead>
                <tbody>
                  {result.data.report.violations.slice(0, shownViolations).map((v, i) => (
                    <tr key={`${v.ruleId}-${v.itemKey ?? 'project'}-${String(i)}`}>
                      <td>{v.severity}</td>
                      <td>{v.itemKey ?? 'Project'}</td>
                      <td>{v.ruleTitle}</td>
                      <td>{v.message}</td>
                      <td>{v.fix}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
          </div>
        )}
      </div>
    </section>
  );
}
