import Heading from '@atlaskit/heading';
import { useState } from 'react';
import type { RagOverridesDto, SetRagOverridePayload } from '../../../../src/contract/rag-override-dto';
import type { RagOverrideTarget } from '../../../../src/domain/rag-override';
import { ragLabels } from '../portfolio/rag-labels';
import { buildColourRows } from '../rag-override/build-colour-rows';
import { overrideDayBounds } from '../../../../src/domain/rag-override';
import { overrideTargets } from '../rag-override/override-targets';
import { parseRagOverrides } from '../rag-override/parse-rag-overrides';
import { callResolver } from '../resolver/call-resolver';
import type { ResolverState } from '../resolver/resolver-state';
import { useResolver } from '../resolver/use-resolver';
import { malformedEnvelopeMessage } from '../resolver/unwrap-envelope';
import { ErrorState } from './error-state';
import { ProjectColoursTable } from './project-colours-table';
import { SetColourForm } from './set-colour-form';
import './admin/admin.css';
import '../rag-override/rag-override.css';

export interface ProjectColoursPanelProps {
  readonly projectKey: string;
  /** Called after a colour was set or cleared, so the rest of the page can show the new colours. */
  readonly onChanged: () => void;
}

type Answer = Awaited<ReturnType<typeof callResolver<'getRagOverrides'>>>;

/** An answer with its data checked: a DTO in another form becomes an error the panel can show. */
function checked(answer: Answer): Exclude<ResolverState<RagOverridesDto>, { state: 'loading' }> {
  if (answer.state !== 'ready') return answer;
  const dto = parseRagOverrides(answer.data);
  return dto === null ? { state: 'error', message: malformedEnvelopeMessage } : { state: 'ready', data: dto };
}

const labelOf = (target: RagOverrideTarget): string => overrideTargets.find((t) => t.target === target)?.label ?? target;

/**
 * The project's colours, overall and per dimension, as computed and as set by hand, with the reason for each.
 * Administrators may set a colour by hand (with a reason and an expiry) or clear one early; the app checks again.
 */
export function ProjectColoursPanel({ projectKey, onChanged }: ProjectColoursPanelProps) {
  const loaded = useResolver(['getRagOverrides', { projectKey }]);
  const colours = loaded.state === 'ready' ? checked(loaded) : loaded;
  const [busy, setBusy] = useState(false);
  const [refusal, setRefusal] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);

  /** Shows the colours the app answered after a change, or its refusal; answers whether the change was made. */
  const settle = (answer: Answer, success: string): boolean => {
    const result = checked(answer);
    setBusy(false);
    if (result.state !== 'ready') {
      setRefusal(result.message);
      return false;
    }
    loaded.show(result.data);
    setDone(success);
    onChanged();
    return true;
  };

  const save = async (payload: Omit<SetRagOverridePayload, 'projectKey'>): Promise<boolean> => {
    setBusy(true);
    setRefusal(null);
    setDone(null);
    const answer = await callResolver('setRagOverride', { projectKey, ...payload });
    return settle(answer, `${labelOf(payload.target)} is set to ${ragLabels[payload.rag]} until ${payload.expiresOn}.`);
  };

  const clear = async (target: RagOverrideTarget, label: string) => {
    setBusy(true);
    setRefusal(null);
    setDone(null);
    const answer = await callResolver('clearRagOverride', { projectKey, target });
    settle(answer, `Cleared the ${label} colour set by hand; the computed colour shows again.`);
  };

  return (
    <section className="pmo-panel" aria-labelledby="pmo-colours-heading">
      <Heading size="medium" as="h2" id="pmo-colours-heading">
        Project colours
      </Heading>
      <p>
        Each colour as the roll-up computed it from the project's template, and any colour a PMO administrator set by hand over it, with who, until when and
        why.
      </p>
      {colours.state === 'loading' && <p aria-busy="true">Loading the project's colours…</p>}
      {colours.state === 'error' && (
        <ErrorState title="The project's colours could not be loaded" message={colours.message} code={colours.code} onRetry={loaded.retry} headingLevel="h3" />
      )}
      {colours.state === 'ready' && colours.data.asOf === null && (
        <p>No roll-up yet: the project's colours appear after its first refresh, and only then can one be set by hand.</p>
      )}
      {colours.state === 'ready' && colours.data.asOf !== null && (
        <>
          <p className="pmo-hint">{`Computed ${colours.data.asOf.replace('T', ' ').slice(0, 16)} UTC.`}</p>
          <ProjectColoursTable
            rows={buildColourRows(colours.data)}
            canEdit={colours.data.canEdit}
            busy={busy}
            onClear={(target, label) => void clear(target, label)}
          />
        </>
      )}
      <div aria-live="polite" className="pmo-outcome">
        {done !== null && <p className="pmo-outcome-done">{done}</p>}
      </div>
      {colours.state === 'ready' && colours.data.asOf !== null && colours.data.canEdit && (
        <SetColourForm busy={busy} refusal={refusal} bounds={overrideDayBounds(Date.now())} onSave={save} />
      )}
      {colours.state === 'ready' && !colours.data.canEdit && refusal !== null && (
        <p className="pmo-field-error" role="alert">
          {refusal}
        </p>
      )}
    </section>
  );
}
