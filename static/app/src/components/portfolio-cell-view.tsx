import Tooltip from '@atlaskit/tooltip';
import type { PortfolioCell } from '../portfolio/build-portfolio-table';
import { openProjectPage } from '../raid/open-project-page';
import '../raid/raid.css';
import { RagLozenge } from './rag-lozenge';
import { FromIntakeCellView } from './from-intake-cell-view';
import { SlipsCellView } from './slips-cell-view';
import { UnknownCellView } from './unknown-cell-view';
import { Sparkline } from './sparkline';

/** One cell of the portfolio table as markup. */
export function PortfolioCellView({ cell }: { readonly cell: PortfolioCell }) {
  switch (cell.kind) {
    case 'text':
      return <>{cell.text}</>;
    case 'project':
      return (
        <span className="pmo-project">
          <button
            type="button"
            className="pmo-project-name pmo-link-button"
            title="Open this project's RAID log"
            onClick={() => {
              openProjectPage(cell.key).catch(() => undefined);
            }}
          >
            {cell.name}
          </button>
          <span className="pmo-project-meta">{cell.meta}</span>
        </span>
      );
    case 'rag':
      return <RagLozenge rag={cell.rag} reason={cell.reason} setByHand={cell.setByHand} />;
    case 'progress':
      return (
        <span className="pmo-progress">
          <span>{cell.text}</span>
          <Sparkline history={cell.history} />
        </span>
      );
    case 'milestone':
      return (
        <span className="pmo-milestone">
          <span>{cell.key}</span>
          <span className="pmo-project-meta">due {cell.due}</span>
        </span>
      );
    case 'trend':
      return (
        <Tooltip content={cell.label} isScreenReaderAnnouncementDisabled>
          <span className="pmo-trend">
            <span aria-hidden="true">{cell.arrow}</span>
            <span className="pmo-visually-hidden">{cell.label}</span>
          </span>
        </Tooltip>
      );
    case 'unknown':
      return <UnknownCellView short={cell.short} explanation={cell.explanation} />;
    case 'slips':
      return <SlipsCellView count={cell.count} slips={cell.slips} unlisted={cell.unlisted} />;
    case 'intake':
      return <FromIntakeCellView proposals={cell.proposals} />;
  }
}
