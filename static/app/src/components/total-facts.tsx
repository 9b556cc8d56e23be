import type { TotalFact } from '../portfolio/summarize-aggregate';

/** A totals line: the figures of a program or the portfolio side by side, each with its term. */
export function TotalFacts({ facts, label }: { readonly facts: readonly TotalFact[]; readonly label: string }) {
  return (
    <ul className="pmo-totals" aria-label={label}>
      {facts.map((fact) => (
        <li key={fact.term}>
          <span className="pmo-totals-term">{fact.term}</span> {fact.value}
        </li>
      ))}
    </ul>
  );
}
