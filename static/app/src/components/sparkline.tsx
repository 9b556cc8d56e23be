import type { HistoryPoint } from '../../../../src/domain/trend';
import { describeHistory } from '../portfolio/describe-history';
import { sparklineGeometry } from '../portfolio/sparkline-geometry';

const box = { width: 64, height: 20, padding: 2 } as const;

/** A project's progress over the days kept, as a small line; its label says in words what the line shows. */
export function Sparkline({ history }: { readonly history: readonly HistoryPoint[] }) {
  const runs = sparklineGeometry(history, box);
  return (
    <svg
      className="pmo-sparkline"
      role="img"
      aria-label={describeHistory(history)}
      width={box.width}
      height={box.height}
      viewBox={`0 0 ${box.width} ${box.height}`}
    >
      {runs.map((run) =>
        run.length === 1 && run[0] ? (
          <circle key={`${run[0].x}`} cx={run[0].x} cy={run[0].y} r={2} />
        ) : (
          <polyline key={`${run[0]?.x ?? 0}`} points={run.map((p) => `${p.x},${p.y}`).join(' ')} fill="none" strokeWidth={1.5} />
        ),
      )}
    </svg>
  );
}
