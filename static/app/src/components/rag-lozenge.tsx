import Lozenge from '@atlaskit/lozenge';
import Tooltip from '@atlaskit/tooltip';
import type { Rag } from '../../../../src/domain/rag';
import { ragLabels } from '../portfolio/rag-labels';

const appearances = { green: 'success', amber: 'moved', red: 'removed', grey: 'default' } as const;

/**
 * A RAG colour as a lozenge that says its colour in words (never by colour alone), with the reason behind it in a
 * tooltip for the pointer and as hidden text for screen readers, which do not reach tooltips reliably. A null reason
 * is for places that show the reason beside the lozenge already, where a tooltip would only repeat it. A colour a
 * PMO admin set by hand says so beside the lozenge, so no reader takes it for a computed one.
 */
export function RagLozenge({ rag, reason, setByHand = false }: { readonly rag: Rag; readonly reason: string | null; readonly setByHand?: boolean }) {
  const marker = setByHand ? <span className="pmo-set-by-hand">set by hand</span> : null;
  if (reason === null) {
    return (
      <span className="pmo-rag">
        <Lozenge appearance={appearances[rag]}>{ragLabels[rag]}</Lozenge>
        {marker}
      </span>
    );
  }
  return (
    <Tooltip content={reason} isScreenReaderAnnouncementDisabled>
      <span className="pmo-rag">
        <Lozenge appearance={appearances[rag]}>{ragLabels[rag]}</Lozenge>
        {marker}
        <span className="pmo-visually-hidden">: {reason}</span>
      </span>
    </Tooltip>
  );
}
