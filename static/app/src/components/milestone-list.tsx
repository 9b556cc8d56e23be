import Lozenge from '@atlaskit/lozenge';
import type { MilestoneDto } from '../../../../src/contract/raid-project-dto';
import '../raid/raid.css';

const readinessWords = { passed: ['success', 'Passed'], ready: ['inprogress', 'Ready'], 'not-ready': ['removed', 'Not ready'] } as const;

/** Milestones and phase gates by due date: overdue marked in words, gates with their readiness and its reasons. */
export function MilestoneList({ milestones }: { readonly milestones: readonly MilestoneDto[] }) {
  if (milestones.length === 0) return <p>This project has no milestones or phase gates (issue type Milestone or Gate, or those labels).</p>;
  return (
    <ul className="pmo-raid-list">
      {milestones.map((m) => {
        const [appearance, word] = m.readiness === null ? [null, null] : readinessWords[m.readiness.state];
        return (
          <li key={m.key}>
            <span className="pmo-raid-line">
              <Lozenge>{m.kind === 'gate' ? 'Gate' : 'Milestone'}</Lozenge>
              <span className="pmo-raid-key">{m.key}</span>
              <span>{m.summary}</span>
              {m.overdue && <Lozenge appearance="removed">Overdue</Lozenge>}
              {appearance !== null && <Lozenge appearance={appearance}>{word}</Lozenge>}
            </span>
            <span className="pmo-raid-meta">
              {m.statusName} · due {m.due ?? 'not set'}
              {m.readiness !== null && m.readiness.reasons.length > 0 ? ` · ${m.readiness.reasons.join('; ')}` : ''}
            </span>
          </li>
        );
      })}
    </ul>
  );
}
