import Tooltip from '@atlaskit/tooltip';
import '../portfolio/portfolio-change-control.css';

/**
 * A figure the page cannot show yet: a dash and the reason in a few words, with the full reason on hover and on
 * keyboard focus, and read out by a screen reader (the dash itself is not).
 */
export function UnknownCellView({ short, explanation }: { readonly short: string; readonly explanation: string }) {
  return (
    <Tooltip content={explanation} isScreenReaderAnnouncementDisabled>
      {/* Focusable so a keyboard reader reaches the tooltip too; the words are in the page, not only in the tooltip. */}
      <span className="pmo-unknown" tabIndex={0}>
        <span aria-hidden="true">—</span>
        <span className="pmo-project-meta">{short}</span>
        <span className="pmo-visually-hidden">{explanation}</span>
      </span>
    </Tooltip>
  );
}
