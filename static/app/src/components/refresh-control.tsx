import Button from '@atlaskit/button/new';
import type { RefreshProgress } from '../portfolio/describe-refresh-progress';

export interface RefreshControlProps {
  readonly onRefresh: () => void;
  readonly requesting: boolean;
  /** A refresh is under way: a second request would only join it. */
  readonly polling: boolean;
  readonly progress: RefreshProgress | null;
  readonly error: string | null;
}

/** The Refresh now button with the progress of the refresh under way, announced politely as it changes. */
export function RefreshControl({ onRefresh, requesting, polling, progress, error }: RefreshControlProps) {
  return (
    <div className="pmo-refresh">
      <Button appearance="primary" onClick={onRefresh} isLoading={requesting} isDisabled={requesting || polling}>
        Refresh now
      </Button>
      <span role="status" className="pmo-refresh-status">
        {requesting && 'Asking for a refresh…'}
        {!requesting && progress !== null && (
          <>
            <progress max={progress.total} value={progress.refreshed} aria-label="Refresh progress" /> {progress.text}
          </>
        )}
      </span>
      {error !== null && (
        <span role="alert" className="pmo-field-error">
          {error}
        </span>
      )}
    </div>
  );
}
