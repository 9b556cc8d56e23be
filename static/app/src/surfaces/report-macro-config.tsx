import { useId, useState, type FormEvent } from 'react';
import Button from '@atlaskit/button/new';
import Checkbox from '@atlaskit/checkbox';
import { Radio } from '@atlaskit/radio';
import SectionMessage from '@atlaskit/section-message';
import Select from '@atlaskit/select';
import { view } from '@forge/bridge';
import { ErrorState } from '../components/error-state';
import { SurfaceLayout } from '../components/surface-layout';
import { describeFailure } from '../resolver/describe-failure';
import { useResolver } from '../resolver/use-resolver';
import { ScopeChoices } from '../report-config/scope-choices';
import { reportConfigLabels } from '../report-config/report-config-labels';
import { applyPeriodChoice } from '../report-config/apply-period-choice';
import { buildPeriodOptions, periodOptionValue, type PeriodOption } from '../report-config/build-period-options';
import {
  defaultReportConfig,
  reportConfigSchema,
  reportScopes,
  reportSections,
  type ReportConfig,
  type ReportSection,
} from '../report-config/report-config-schema';
import type { ResolverState } from '../resolver/resolver-state';
import type { BaselineDto } from '../../../../src/contract/baseline-dto';

type SaveStatus = { readonly kind: 'idle' } | { readonly kind: 'saving' } | { readonly kind: 'saved' } | { readonly kind: 'failed'; readonly message: string };

const baselinesOf = (answer: ResolverState<{ readonly baselines: readonly BaselineDto[] }>): ResolverState<readonly BaselineDto[]> =>
  answer.state === 'ready' ? { state: 'ready', data: answer.data.baselines } : answer;

/** The macro's settings page in Confluence's macro editor: scope, period and sections, saved with `view.submit`. */
export function ReportMacroConfig({ config }: { readonly config: ReportConfig | null }) {
  const [draft, setDraft] = useState<ReportConfig>(config ?? defaultReportConfig);
  const [status, setStatus] = useState<SaveStatus>({ kind: 'idle' });
  const [sectionsError, setSectionsError] = useState<string | null>(null);
  const [scopeError, setScopeError] = useState<string | null>(null);
  const [periodError, setPeriodError] = useState<string | null>(null);
  const ids = { period: useId(), periodNote: useId(), sectionsError: useId(), scopeError: useId() };
  // The programs and projects offered are those the editor may browse: a report cannot be set up on what they cannot see.
  const viewer = useResolver(['getViewer']);
  // Without the baselines the fixed look-backs still work; only the "since a baseline" choices wait for them.
  const baselineList = useResolver(['listBaselines']);
  const baselines = baselinesOf(baselineList);
  const periodOptions = buildPeriodOptions(draft, baselines);
  const chosenPeriod = periodOptions.find((option) => option.value === periodOptionValue(draft)) ?? null;

  const toggleSection = (section: ReportSection, checked: boolean) => {
    const chosen = checked ? [...draft.sections, section] : draft.sections.filter((s) => s !== section);
    setDraft({ ...draft, sections: reportSections.filter((s) => chosen.includes(s)) });
    setStatus({ kind: 'idle' });
  };

  const save = async () => {
    if (chosenPeriod?.isDisabled === true) {
      setPeriodError(`The baseline “${chosenPeriod.choice.period === 'baseline' ? chosenPeriod.choice.baselineName : ''}” was deleted. Choose another period.`);
      return;
    }
    setPeriodError(null);
    const parsed = reportConfigSchema.safeParse(draft);
    if (!parsed.success) {
      const issues = parsed.error.issues;
      const scopeIssue = issues.find((issue) => issue.path[0] === 'programs' || issue.path[0] === 'projects');
      const sectionIssue = issues.find((issue) => issue.path[0] === 'sections');
      setScopeError(scopeIssue?.message ?? null);
      setSectionsError(sectionIssue?.message ?? (scopeIssue ? null : (issues[0]?.message ?? 'Check the settings.')));
      return;
    }
    setSectionsError(null);
    setScopeError(null);
    setStatus({ kind: 'saving' });
    try {
      await view.submit(parsed.data);
      setStatus({ kind: 'saved' });
    } catch (error: unknown) {
      setStatus({ kind: 'failed', message: describeFailure(error) });
    }
  };

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    void save();
  };

  return (
    <SurfaceLayout
      title="Report settings"
      purpose="Choose what the executive status report covers. Each reader still sees only the projects Jira lets them browse."
    >
      <form className="pmo-form" onSubmit={onSubmit} noValidate>
        <fieldset aria-describedby={scopeError === null ? undefined : ids.scopeError} aria-invalid={scopeError !== null}>
          <legend>Scope</legend>
          {reportScopes.map((scope) => (
            <Radio
              key={scope}
              name="scope"
              value={scope}
              label={reportConfigLabels.scope[scope]}
              isChecked={draft.scope === scope}
              onChange={() => {
                setDraft({ ...draft, scope });
                setStatus({ kind: 'idle' });
              }}
            />
          ))}
          <ScopeChoices
            draft={draft}
            viewer={viewer}
            onRetry={viewer.retry}
            onChange={(next) => {
              setDraft(next);
              setScopeError(null);
              setStatus({ kind: 'idle' });
            }}
          />
          {scopeError !== null && (
            <p className="pmo-field-error" id={ids.scopeError}>
              {scopeError}
            </p>
          )}
        </fieldset>
        <div className="pmo-select">
          <label className="pmo-field-label" htmlFor={ids.period}>
            Period
          </label>
          <Select<PeriodOption>
            inputId={ids.period}
            options={periodOptions}
            value={chosenPeriod}
            isOptionDisabled={(option) => option.isDisabled}
            isSearchable={false}
            menuPlacement="auto"
            isInvalid={periodError !== null}
            onChange={(option) => {
              if (option) {
                setDraft(applyPeriodChoice(draft, option.choice));
                setPeriodError(null);
                setStatus({ kind: 'idle' });
              }
            }}
          />
          {baselines.state === 'loading' && <p className="pmo-muted">Loading the baselines…</p>}
          {baselines.state === 'error' && (
            <ErrorState
              title="Could not list the baselines"
              message={`${baselines.message} The last 7, 14 or 30 days can still be chosen.`}
              code={baselines.code}
              onRetry={baselineList.retry}
              headingLevel="h3"
            />
          )}
          {chosenPeriod?.isDisabled === true && periodError === null && (
            <p className="pmo-muted">{`This report looked back to a baseline that has since been deleted; choose another period.`}</p>
          )}
          {periodError !== null && (
            <p className="pmo-field-error" id={ids.periodNote} role="alert">
              {periodError}
            </p>
          )}
        </div>
        <fieldset aria-describedby={sectionsError === null ? undefined : ids.sectionsError} aria-invalid={sectionsError !== null}>
          <legend>Sections</legend>
          {reportSections.map((section) => (
            <Checkbox
              key={section}
              name="sections"
              value={section}
              label={reportConfigLabels.section[section]}
              isChecked={draft.sections.includes(section)}
              onChange={(event) => {
                toggleSection(section, event.currentTarget.checked);
              }}
            />
          ))}
          {sectionsError !== null && (
            <p className="pmo-field-error" id={ids.sectionsError}>
              {sectionsError}
            </p>
          )}
        </fieldset>
        <Button type="submit" appearance="primary" isLoading={status.kind === 'saving'}>
          Save settings
        </Button>
        <div aria-live="polite">
          {status.kind === 'saved' && (
            <SectionMessage appearance="success" title="Settings saved" headingLevel="h2">
              <p>The report shows these settings from now on.</p>
            </SectionMessage>
          )}
          {status.kind === 'failed' && (
            <SectionMessage appearance="error" title="Settings not saved" headingLevel="h2">
              <p>{status.message}</p>
            </SectionMessage>
          )}
        </div>
      </form>
    </SurfaceLayout>
  );
}
