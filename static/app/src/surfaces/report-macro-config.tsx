import { useId, useState, type FormEvent } from 'react';
import Button from '@atlaskit/button/new';
import SectionMessage from '@atlaskit/section-message';
import Select from '@atlaskit/select';
import { view } from '@forge/bridge';
import { SurfaceLayout } from '../components/surface-layout';
import { ViewerPanel } from '../components/viewer-panel';
import { describeFailure } from '../resolver/describe-failure';
import { useResolver } from '../resolver/use-resolver';
import { ScopeChoices } from '../report-config/scope-choices';
import { reportConfigLabels } from '../report-config/report-config-labels';
import { defaultReportConfig, reportConfigSchema, reportPeriods, reportScopes, reportSections, type ReportConfig, type ReportPeriod, type ReportSection } from '../report-config/report-config-schema';

type SaveStatus = { readonly kind: 'idle' } | { readonly kind: 'saving' } | { readonly kind: 'saved' } | { readonly kind: 'failed'; readonly message: string };

interface PeriodOption {
  readonly label: string;
  readonly value: ReportPeriod;
}

const periodOptions: readonly PeriodOption[] = reportPeriods.map((period) => ({ label: reportConfigLabels.period[period], value: period }));

/** The macro's settings page in Confluence's macro editor: scope, period and sections, saved with `view.submit`. */
export function ReportMacroConfig({ config }: { readonly config: ReportConfig | null }) {
  const [draft, setDraft] = useState<ReportConfig>(config ?? defaultReportConfig);
  const [status, setStatus] = useState<SaveStatus>({ kind: 'idle' });
  const [sectionsError, setSectionsError] = useState<string | null>(null);
  const [scopeError, setScopeError] = useState<string | null>(null);
  const ids = { period: useId(), sectionsError: useId(), scopeError: useId() };
  // The programs and projects offered are those the editor may browse: a report cannot be set up on what they cannot see.
  const viewer = useResolver('getViewer');

  const toggleSection = (section: ReportSection, checked: boolean) => {
    const chosen = checked ? [...draft.sections, section] : draft.sections.filter((s) => s !== section);
    setDraft({ ...draft, sections: reportSections.filter((s) => chosen.includes(s)) });
    setStatus({ kind: 'idle' });
  };

  const save = async () => {
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
    <SurfaceLayout title="Report settings" purpose="Choose what the executive status report covers. Each reader still sees only the projects Jira lets them browse.">
      <form className="pmo-form" onSubmit={onSubmit} noValidate>
        <fieldset aria-describedby={scopeError === null ? undefined : ids.scopeError} aria-invalid={scopeError !== null}>
          <legend>Scope</legend>
          {reportScopes.map((scope) => (
            <label className="pmo-choice" key={scope}>
              <input
                type="radio"
                name="scope"
                value={scope}
                checked={draft.scope === scope}
                onChange={() => {
                  setDraft({ ...draft, scope });
                  setStatus({ kind: 'idle' });
                }}
              />
              {reportConfigLabels.scope[scope]}
            </label>
          ))}
          <ScopeChoices
            draft={draft}
            viewer={viewer}
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
            value={periodOptions.find((option) => option.value === draft.period) ?? null}
            isSearchable={false}
            menuPlacement="auto"
            onChange={(option) => {
              if (option) {
                setDraft({ ...draft, period: option.value });
                setStatus({ kind: 'idle' });
              }
            }}
          />
        </div>
        <fieldset aria-describedby={sectionsError === null ? undefined : ids.sectionsError} aria-invalid={sectionsError !== null}>
          <legend>Sections</legend>
          {reportSections.map((section) => (
            <label className="pmo-choice" key={section}>
              <input
                type="checkbox"
                name="sections"
                value={section}
                checked={draft.sections.includes(section)}
                onChange={(event) => {
                  toggleSection(section, event.currentTarget.checked);
                }}
              />
              {reportConfigLabels.section[section]}
            </label>
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
      <ViewerPanel />
    </SurfaceLayout>
  );
}
