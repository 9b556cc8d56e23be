import Checkbox from '@atlaskit/checkbox';
import type { ViewerDto } from '../../../../src/contract/viewer-dto';
import { ErrorState } from '../components/error-state';
import type { ResolverState } from '../resolver/resolver-state';
import type { ReportConfig } from './report-config-schema';

export interface ScopeChoicesProps {
  readonly draft: ReportConfig;
  readonly viewer: ResolverState<ViewerDto>;
  /** Asks for the editor's projects again after a failed load. */
  readonly onRetry: () => void;
  readonly onChange: (next: ReportConfig) => void;
}

function toggled(list: readonly string[], value: string, checked: boolean): string[] {
  return checked ? [...new Set([...list, value])] : list.filter((item) => item !== value);
}

/**
 * The programs or projects to report on, shown under the scope choice that needs them: the programs (project
 * categories) and projects the editor may browse, as checkboxes.
 */
export function ScopeChoices({ draft, viewer, onChange, onRetry }: ScopeChoicesProps) {
  if (draft.scope === 'portfolio') return null;
  if (viewer.state === 'loading') return <p className="pmo-muted">Loading the programs and projects you may browse…</p>;
  if (viewer.state === 'error')
    return <ErrorState title="Could not load your programs and projects" message={viewer.message} code={viewer.code} onRetry={onRetry} headingLevel="h3" />;
  const projects = [...viewer.data.projects].sort((a, b) => a.key.localeCompare(b.key));
  if (draft.scope === 'programs') {
    const programs = [...new Set(projects.flatMap((p) => (p.category === null ? [] : [p.category])))].sort();
    return (
      <fieldset className="pmo-scope-choices">
        <legend>Programs</legend>
        {programs.length === 0 && <p className="pmo-muted">None of your projects belongs to a program.</p>}
        {programs.map((program) => (
          <Checkbox
            key={program}
            name="programs"
            value={program}
            label={program}
            isChecked={draft.programs.includes(program)}
            onChange={(event) => {
              onChange({ ...draft, programs: toggled(draft.programs, program, event.currentTarget.checked) });
            }}
          />
        ))}
      </fieldset>
    );
  }
  return (
    <fieldset className="pmo-scope-choices">
      <legend>Projects</legend>
      {projects.map((project) => (
        <Checkbox
          key={project.key}
          name="projects"
          value={project.key}
          label={`${project.key} ${project.name}`}
          isChecked={draft.projects.includes(project.key)}
          onChange={(event) => {
            onChange({ ...draft, projects: toggled(draft.projects, project.key, event.currentTarget.checked) });
          }}
        />
      ))}
    </fieldset>
  );
}
