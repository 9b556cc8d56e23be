import Lozenge from '@atlaskit/lozenge';
import type { RaidItemDto } from '../../../../src/contract/raid-item-dto';
import { raidKindLabels, severityLabels } from '../raid/raid-labels';
import '../raid/raid.css';

const severityAppearance = { low: 'default', medium: 'moved', high: 'moved', critical: 'removed' } as const;

/** One RAID item in a compact line: kind, key, summary, score and severity in words, and its state. */
export function RaidItemLine({ item, note }: { readonly item: RaidItemDto; readonly note?: string }) {
  return (
    <>
      <span className="pmo-raid-line">
        <Lozenge>{raidKindLabels[item.kind]}</Lozenge>
        <span className="pmo-raid-key">{item.key}</span>
        <span>{item.summary}</span>
      </span>
      <span className="pmo-raid-line pmo-raid-meta">
        {item.severity !== null && item.score !== null && (
          <Lozenge appearance={severityAppearance[item.severity]}>{`${severityLabels[item.severity]} ${String(item.score)}`}</Lozenge>
        )}
        <span>{item.statusName}</span>
        {item.stale && <span>· review overdue</span>}
        {note !== undefined && <span>· {note}</span>}
      </span>
    </>
  );
}
