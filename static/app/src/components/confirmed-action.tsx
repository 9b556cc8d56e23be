import Button from '@atlaskit/button/new';
import { useEffect, useRef, useState } from 'react';

export interface ConfirmedActionProps {
  /** The verb on the buttons: "Delete", "Clear". */
  readonly verb: string;
  /** What the action is on, as the buttons name it: "Delete Gate 2", "Yes, delete Gate 2", "No, keep Gate 2". */
  readonly subject: string;
  /** The question the confirmation asks, for assistive technology. */
  readonly question: string;
  /** What confirming will do, shown before the buttons. */
  readonly consequence: string;
  readonly busy: boolean;
  readonly onConfirm: () => void;
  /** The button that backs out, when "No, keep <subject>" would not read right (an action that starts something). */
  readonly declineLabel?: string;
}

/**
 * An action that asks first: its button, then "Yes / No" in its place. Focus follows, to "No" when asked and back to
 * the button when kept, so a keyboard user never loses their place.
 */
export function ConfirmedAction({ verb, subject, question, consequence, busy, onConfirm, declineLabel }: ConfirmedActionProps) {
  const [confirming, setConfirming] = useState(false);
  const [returnFocus, setReturnFocus] = useState(false);
  const noButton = useRef<HTMLButtonElement>(null);
  const actionButton = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (confirming) noButton.current?.focus();
    else if (returnFocus) actionButton.current?.focus();
  }, [confirming, returnFocus]);
  if (!confirming) {
    return (
      <Button
        ref={actionButton}
        isDisabled={busy}
        onClick={() => {
          setConfirming(true);
        }}
      >
        {`${verb} ${subject}`}
      </Button>
    );
  }
  return (
    <div className="pmo-row-actions" role="group" aria-label={question}>
      <span>{consequence}</span>
      <Button appearance="danger" isDisabled={busy} onClick={onConfirm}>
        {`Yes, ${verb.toLowerCase()} ${subject}`}
      </Button>
      <Button
        ref={noButton}
        onClick={() => {
          setReturnFocus(true);
          setConfirming(false);
        }}
      >
        {declineLabel ?? `No, keep ${subject}`}
      </Button>
    </div>
  );
}
