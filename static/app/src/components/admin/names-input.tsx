import Textfield from '@atlaskit/textfield';
import { useState } from 'react';
import { splitNames } from '../../admin/split-names';

export interface NamesInputProps {
  readonly id: string;
  readonly label: string;
  readonly names: readonly string[];
  readonly onChange: (names: string[]) => void;
  readonly readOnly: boolean;
  readonly hint?: string;
}

/** A comma-separated list of names (issue types, labels) that keeps what is typed, commas included, while it is edited. */
export function NamesInput({ id, label, names, onChange, readOnly, hint = 'Comma-separated; empty means any.' }: NamesInputProps) {
  const [text, setText] = useState(names.join(', '));
  return (
    <div className="pmo-field">
      <label htmlFor={id}>{label}</label>
      <Textfield
        id={id}
        value={text}
        isReadOnly={readOnly}
        aria-describedby={`${id}-hint`}
        onChange={(event) => {
          const typed = event.currentTarget.value;
          setText(typed);
          onChange(splitNames(typed));
        }}
      />
      <span id={`${id}-hint`} className="pmo-hint">
        {hint}
      </span>
    </div>
  );
}
