import Heading from '@atlaskit/heading';
import Lozenge from '@atlaskit/lozenge';

export interface ViolationLine {
  readonly key: string;
  readonly severity: string | null;
  readonly text: string;
  readonly fix: string | null;
}

const appearanceOf = (severity: string | null) => (severity === 'critical' || severity === 'major' ? 'removed' : severity === 'minor' ? 'moved' : 'default');

/** Compliance violations with how to fix each, or a plain statement that there are none. */
export function ComplianceViolationList({
  id,
  title,
  lines,
  empty,
}: {
  readonly id: string;
  readonly title: string;
  readonly lines: readonly ViolationLine[];
  readonly empty: string;
}) {
  return (
    <section className="pmo-panel" aria-labelledby={id}>
      <Heading size="small" as="h2" id={id}>
        {title} ({lines.length})
      </Heading>
      {lines.length === 0 ? (
        <p>{empty}</p>
      ) : (
        <ul className="pmo-raid-list" aria-label={title}>
          {lines.map((line) => (
            <li key={line.key}>
              {line.severity !== null && <Lozenge appearance={appearanceOf(line.severity)}>{line.severity}</Lozenge>} {line.text}
              {line.fix !== null && <div className="pmo-raid-meta">How to fix: {line.fix}</div>}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
