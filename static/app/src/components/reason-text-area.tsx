import TextArea from '@atlaskit/textarea';
import type { Ref } from 'react';

export interface ReasonTextAreaProps {
  readonly id: string;
  /** The label, saying when a reason is required. */
  readonly label: string;
  readonly value: string;
  readonly onChange: (reason: string) => void;
  /** Takes the text area, so a form can move focus to it when the reason is missing. */
  readonly textAreaRef?: Ref<HTMLTextAreaElement>;
  /** The problem with the reason, shown beneath and read with the field; null when there is none. */
  readonly problem: string | null;
  readonly problemId: string;
}

/** A decision's reason as a labelled Atlaskit text area, with its problem beneath it. */
export function ReasonTextArea({ id, label, value, onChange, textAreaRef, problem, problemId }: ReasonTextAreaProps) {
  return (
    <div className="pmo-field">
      <label htmlFor={id}>{label}</label>
      <TextArea
        ref={textAreaRef}
        id={id}
        minimumRows={2}
        value={value}
        isInvalid={problem !== null}
        aria-invalid={problem !== null}
        aria-describedby={problem === null ? undefined : problemId}
        onChange={(event) => {
          onChange(event.target.value);
        }}
      />
      {problem !== null && (
        <p className="pmo-field-error" id={problemId}>
          {problem}
        </p>
      )}
    </div>
  );
}
