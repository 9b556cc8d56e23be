import { ErrorState } from './components/error-state';
import { LoadingState } from './components/loading-state';
import { useForgeContext } from './resolver/use-forge-context';
import { routeSurface } from './routing/route-surface';
import { SurfaceView } from './surfaces/surface-view';

/** The whole UI: reads where Forge shows it, then renders that surface. */
export function App({ surfaceMarker }: { readonly surfaceMarker: string | null }) {
  const context = useForgeContext();
  if (context.state === 'loading') {
    return (
      <main className="pmo-surface">
        <LoadingState label="Loading PMO Governance" />
      </main>
    );
  }
  if (context.state === 'error') {
    return (
      <main className="pmo-surface">
        <h1 className="pmo-visually-hidden">PMO Governance</h1>
        <ErrorState title="Could not start PMO Governance" message={context.message} />
      </main>
    );
  }
  return <SurfaceView route={routeSurface(context.data, surfaceMarker)} />;
}
