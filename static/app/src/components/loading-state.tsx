import Spinner from '@atlaskit/spinner';

/** A spinner with a spoken label, announced politely while a surface waits for the app. */
export function LoadingState({ label }: { readonly label: string }) {
  return (
    <div className="pmo-loading" role="status">
      <Spinner size="medium" label={label} />
      <span>{label}…</span>
    </div>
  );
}
