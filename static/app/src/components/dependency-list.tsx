import Lozenge from '@atlaskit/lozenge';
import type { DependencyDto } from '../../../../src/contract/raid-item-dto';
import '../raid/raid.css';

/** Dependencies as a list: which issue waits on which, with a lateness lozenge in words and the reason. */
export function DependencyList({
  dependencies,
  empty,
  side,
}: {
  readonly dependencies: readonly DependencyDto[];
  readonly empty: string;
  readonly side: 'blocker' | 'both';
}) {
  if (dependencies.length === 0) return <p>{empty}</p>;
  return (
    <ul className="pmo-raid-list">
      {dependencies.map((d) => (
        <li key={`${d.blocker.key}>${d.blocked?.key ?? ''}`}>
          <span className="pmo-raid-line">
            <Lozenge appearance={d.late ? 'removed' : d.blocker.statusCategory === 'done' ? 'success' : 'default'}>
              {d.late ? 'Late' : d.blocker.statusCategory === 'done' ? 'Done' : 'On time'}
            </Lozenge>
            <span className="pmo-raid-key">{d.blocker.key}</span>
            <span>{d.blocker.summary}</span>
          </span>
          <span className="pmo-raid-meta">
            {side === 'both' && d.blocked !== null ? `blocks ${d.blocked.key} · ` : ''}
            {d.blocked === null ? 'Dependency item · ' : ''}
            due {d.blocker.due ?? 'not set'}
            {d.lateReason === null ? '' : ` · ${d.lateReason}`}
          </span>
        </li>
      ))}
    </ul>
  );
}
