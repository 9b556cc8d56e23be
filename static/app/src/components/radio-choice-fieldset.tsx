import { Radio } from '@atlaskit/radio';
import type { Ref } from 'react';

export interface RadioChoiceFieldsetProps<T extends string> {
  readonly legend: string;
  /** The radio group's name, shared by its buttons. */
  readonly name: string;
  readonly choices: readonly T[];
  readonly labels: Readonly<Record<T, string>>;
  readonly value: T | null;
  readonly onChange: (choice: T) => void;
  /** Takes the first button, so a form can move focus to the group when its choice is missing. */
  readonly firstRef?: Ref<HTMLInputElement>;
  /** The problem with the choice, shown under the buttons and read with the group; null when there is none. */
  readonly problem: string | null;
  readonly problemId: string;
}

/** One choice among a closed list, as Atlaskit radio buttons in a labelled group, with the group's problem beneath it. */
export function RadioChoiceFieldset<T extends string>({
  legend,
  name,
  choices,
  labels,
  value,
  onChange,
  firstRef,
  problem,
  problemId,
}: RadioChoiceFieldsetProps<T>) {
  return (
    <fieldset className="pmo-colour-choice" aria-describedby={problem === null ? undefined : problemId}>
      <legend>{legend}</legend>
      {choices.map((choice, index) => (
        <Radio
          key={choice}
          ref={index === 0 ? firstRef : undefined}
          name={name}
          value={choice}
          label={labels[choice]}
          isChecked={value === choice}
          onChange={() => {
            onChange(choice);
          }}
        />
      ))}
      {problem !== null && (
        <p className="pmo-field-error" id={problemId}>
          {problem}
        </p>
      )}
    </fieldset>
  );
}
