import { Fragment } from 'react';

export interface ContextFact {
  readonly term: string;
  readonly description: string;
}

/** A short description list: where the surface is shown (the issue, the project) or the settings in force. */
export function ContextFacts({ facts, label }: { readonly facts: readonly ContextFact[]; readonly label: string }) {
  return (
    <dl className="pmo-facts" aria-label={label}>
      {facts.map((fact) => (
        <Fragment key={fact.term}>
          <dt>{fact.term}</dt>
          <dd>{fact.description}</dd>
        </Fragment>
      ))}
    </dl>
  );
}
