import SectionMessage from '@atlaskit/section-message';
import type { FirstReadNotice as Notice } from '../portfolio/describe-first-read';

/**
 * How reading Jira is going, above the portfolio: the first read's issues read of all (with a progress bar) and a pause
 * for points. @atlaskit/progress-bar is not among the app's packages, so the bar is the browser's own, labelled.
 */
export function FirstReadNotice({ notice }: { readonly notice: Notice }) {
  return (
    <div className="pmo-first-read">
      <SectionMessage appearance="information">
        <p>{notice.text}</p>
        {notice.progress !== null && (
          <progress
            className="pmo-first-read-progress"
            max={Math.max(1, notice.progress.total)}
            value={notice.progress.read}
            aria-label="Issues read for the first time"
          />
        )}
      </SectionMessage>
    </div>
  );
}
