import Button from '@atlaskit/button/new';
import { useId, useState } from 'react';
import type { FullRereadEstimateDto } from '../../../../../src/contract/points-budget-dto';
import { describeRereadEstimate } from '../../admin/describe-reread-estimate';
import { callResolver } from '../../resolver/call-resolver';
import { ConfirmedAction } from '../confirmed-action';

export interface FullRereadSectionProps {
  /** Called once a reread has started, so the audit log shows it. */
  readonly onStarted: () => void;
}

type Step =
  | { readonly kind: 'idle' }
  | { readonly kind: 'estimating' }
  | { readonly kind: 'estimated'; readonly estimate: FullRereadEstimateDto }
  | { readonly kind: 'starting'; readonly estimate: FullRereadEstimateDto }
  | { readonly kind: 'started'; readonly estimate: FullRereadEstimateDto };

/**
 * Administrators' way to read every issue again: the cost comes first (points and hours at the site's budget), and
 * only then a confirmed start, since a reread spends what the daily refresh never does.
 */
export function FullRereadSection({ onStarted }: FullRereadSectionProps) {
  const [step, setStep] = useState<Step>({ kind: 'idle' });
  const [failure, setFailure] = useState<string | null>(null);
  const heading = useId();

  const estimate = async () => {
    setStep({ kind: 'estimating' });
    setFailure(null);
    const answer = await callResolver('estimateFullReread');
    if (answer.state === 'ready') setStep({ kind: 'estimated', estimate: answer.data });
    else {
      setStep({ kind: 'idle' });
      setFailure(`Could not estimate the cost: ${answer.message}`);
    }
  };
  const start = async (estimated: FullRereadEstimateDto) => {
    setStep({ kind: 'starting', estimate: estimated });
    setFailure(null);
    const answer = await callResolver('requestFullReread');
    if (answer.state === 'ready') {
      setStep({ kind: 'started', estimate: answer.data });
      onStarted();
    } else {
      setStep({ kind: 'estimated', estimate: estimated });
      setFailure(`Not started: ${answer.message}`);
    }
  };

  return (
    <section className="pmo-reread" aria-labelledby={heading}>
      <h3 id={heading}>Read every issue again</h3>
      <p>
        The daily refresh reads only what changed, so reading every issue again is needed only after a change that Jira’s events do not carry (such as issues
        restored from a backup).
      </p>
      {(step.kind === 'idle' || step.kind === 'estimating') && (
        <Button isLoading={step.kind === 'estimating'} onClick={() => void estimate()}>
          Estimate the cost of reading every issue again
        </Button>
      )}
      {step.kind !== 'idle' && step.kind !== 'estimating' && <p className="pmo-reread-estimate">{describeRereadEstimate(step.estimate)}</p>}
      {(step.kind === 'estimated' || step.kind === 'starting') && step.estimate.projects > 0 && (
        <ConfirmedAction
          verb="Start"
          subject="reading every issue again"
          question="Read every issue again?"
          consequence="Start? Refresh spends these points within this site's budget, pausing when it is spent."
          declineLabel="No, not now"
          busy={step.kind === 'starting'}
          onConfirm={() => void start(step.estimate)}
        />
      )}
      <div aria-live="polite" className="pmo-outcome">
        {step.kind === 'started' && (
          <p className="pmo-outcome-done">Started reading every issue again; refresh keeps to this site’s budget and pauses when it is spent.</p>
        )}
      </div>
      {failure !== null && (
        <p className="pmo-field-error" role="alert">
          {failure}
        </p>
      )}
    </section>
  );
}
