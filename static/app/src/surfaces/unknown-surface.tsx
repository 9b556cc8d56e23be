import { ErrorState } from '../components/error-state';
import { SurfaceLayout } from '../components/surface-layout';

/** Shown when Forge opens the app from a module this build does not know. */
export function UnknownSurface({ moduleKey }: { readonly moduleKey: string | null }) {
  return (
    <SurfaceLayout title="PMO Governance" purpose="This page could not tell where in Jira or Confluence it is shown.">
      <ErrorState
        title="Unknown place in the product"
        message={moduleKey === null ? 'The product sent no usable context for this page.' : `The module "${moduleKey}" is not one this app provides.`}
      />
    </SurfaceLayout>
  );
}
