import Heading from '@atlaskit/heading';
import { useResolver } from '../../resolver/use-resolver';
import { ErrorState } from '../error-state';
import { LoadingState } from '../loading-state';
import { IntakeBoardView } from './intake-board-view';
import '../../intake/intake.css';

/** The portfolio page's Intake tab: the ranked proposals of the intake projects the viewer may browse. */
export function IntakeTab() {
  const board = useResolver(['getIntakeBoard'], { keepShownOnFailedReload: true });
  return (
    <section className="pmo-panel" aria-labelledby="pmo-intake-heading">
      <Heading size="medium" as="h2" id="pmo-intake-heading">
        Intake
      </Heading>
      {board.state === 'loading' && <LoadingState label="Loading the intake board" />}
      {board.state === 'error' && (
        <ErrorState title="Could not load the intake board" message={board.message} code={board.code} onRetry={board.retry} headingLevel="h3" />
      )}
      {board.state === 'ready' &&
        (board.data.proposals.length === 0 ? (
          <p>No proposals yet: name the intake projects on the admin page.</p>
        ) : (
          <IntakeBoardView board={board.data} onChanged={board.show} onConflict={board.reload} />
        ))}
    </section>
  );
}
