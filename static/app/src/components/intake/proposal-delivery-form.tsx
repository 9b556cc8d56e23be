import Button from '@atlaskit/button/new';
import Textfield from '@atlaskit/textfield';
import { useId, useRef, useState, type FormEvent } from 'react';
import type { LinkProposalDeliveryPayload } from '../../../../../src/contract/link-proposal-delivery-payload';
import type { UnlinkProposalDeliveryPayload } from '../../../../../src/contract/unlink-proposal-delivery-payload';
import { checkDeliveryDraft } from '../../intake/check-delivery-draft';
import { deliveryKindLabels } from '../../intake/delivery-kind-labels';
import { useResolver } from '../../resolver/use-resolver';
import { RadioChoiceFieldset } from '../radio-choice-fieldset';

export interface ProposalDeliveryFormProps {
  readonly proposalKey: string;
  /** What delivers it now, in words; null when nothing is linked. */
  readonly linked: string | null;
  /** The delivery version the board shows, so a link made meanwhile is not overwritten. */
  readonly expectedVersion: number;
  readonly busy: boolean;
  readonly onLink: (payload: LinkProposalDeliveryPayload) => void;
  readonly onUnlink: (payload: UnlinkProposalDeliveryPayload) => void;
}

const kinds = ['project', 'epic'] as const;

/**
 * Links an approved proposal to the project (chosen from the viewer's portfolio) or the epic (by key) that delivers it,
 * or takes the link away. The choices are checked before sending; the server checks the rest.
 */
export function ProposalDeliveryForm({ proposalKey, linked, expectedVersion, busy, onLink, onUnlink }: ProposalDeliveryFormProps) {
  const portfolio = useResolver(['getPortfolio']);
  const [kind, setKind] = useState<'project' | 'epic' | null>(null);
  const [projectKey, setProjectKey] = useState('');
  const [epicKey, setEpicKey] = useState('');
  const [problem, setProblem] = useState<{ readonly field: 'kind' | 'project' | 'epic'; readonly message: string } | null>(null);
  const ids = { heading: useId(), kind: useId(), project: useId(), epic: useId(), problem: useId() };
  const fields = { kind: useRef<HTMLInputElement>(null), project: useRef<HTMLSelectElement>(null), epic: useRef<HTMLInputElement>(null) };
  const projects =
    portfolio.state === 'ready'
      ? portfolio.data.programs.flatMap((program) => program.projects.map((p) => p.rollup.project)).sort((a, b) => a.name.localeCompare(b.name, 'en'))
      : [];

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const checked = checkDeliveryDraft(proposalKey, kind, projectKey, epicKey, expectedVersion);
    if (!checked.ok) {
      setProblem({ field: checked.field, message: checked.message });
      fields[checked.field].current?.focus();
      return;
    }
    setProblem(null);
    onLink(checked.payload);
  };
  const problemFor = (field: 'project' | 'epic') =>
    problem?.field === field ? (
      <p className="pmo-field-error" id={`${ids.problem}-${field}`}>
        {problem.message}
      </p>
    ) : null;
  const described = (field: 'project' | 'epic') => (problem?.field === field ? `${ids.problem}-${field}` : undefined);

  return (
    <form className="pmo-colour-form" aria-labelledby={ids.heading} onSubmit={onSubmit} noValidate>
      <h3 id={ids.heading}>Delivery of {proposalKey}</h3>
      <p>{linked === null ? `${proposalKey} is not linked to what delivers it yet.` : `Delivered by ${linked}.`}</p>
      <RadioChoiceFieldset
        legend="Delivered by"
        name={ids.kind}
        choices={kinds}
        labels={deliveryKindLabels}
        value={kind}
        onChange={(value) => {
          setKind(value);
          setProblem(null);
        }}
        firstRef={fields.kind}
        problem={problem?.field === 'kind' ? problem.message : null}
        problemId={`${ids.problem}-kind`}
      />
      {kind === 'project' && (
        <div className="pmo-field">
          <label htmlFor={ids.project}>Project</label>
          {portfolio.state === 'loading' && <p>Loading your portfolio’s projects…</p>}
          {portfolio.state === 'error' && (
            <p className="pmo-field-error">Could not list your projects: {portfolio.message} Name an epic instead, or try again.</p>
          )}
          <select
            ref={fields.project}
            id={ids.project}
            value={projectKey}
            aria-invalid={problem?.field === 'project'}
            aria-describedby={described('project')}
            onChange={(event) => {
              setProjectKey(event.target.value);
              setProblem(null);
            }}
          >
            <option value="">Choose a project</option>
            {projects.map((project) => (
              <option key={project.key} value={project.key}>
                {project.name} ({project.key})
              </option>
            ))}
          </select>
          {problemFor('project')}
        </div>
      )}
      {kind === 'epic' && (
        <div className="pmo-field">
          <label htmlFor={ids.epic}>Epic key</label>
          <Textfield
            ref={fields.epic}
            id={ids.epic}
            value={epicKey}
            placeholder="WEB-3"
            isInvalid={problem?.field === 'epic'}
            aria-invalid={problem?.field === 'epic'}
            aria-describedby={described('epic')}
            onChange={(event) => {
              setEpicKey(event.currentTarget.value);
              setProblem(null);
            }}
          />
          {problemFor('epic')}
        </div>
      )}
      <div className="pmo-intake-actions">
        <Button type="submit" appearance="primary" isLoading={busy}>
          Link delivery of {proposalKey}
        </Button>
        {linked !== null && (
          <Button
            isDisabled={busy}
            onClick={() => {
              onUnlink({ proposalKey, expectedVersion });
            }}
          >
            Unlink {proposalKey}
          </Button>
        )}
      </div>
    </form>
  );
}
