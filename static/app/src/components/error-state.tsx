import SectionMessage from '@atlaskit/section-message';

/** A failed load, with the app's message and what the reader can do about it. */
export function ErrorState({ title, message, headingLevel = 'h2' }: { readonly title: string; readonly message: string; readonly headingLevel?: 'h2' | 'h3' }) {
  return (
    <SectionMessage appearance="error" title={title} headingLevel={headingLevel}>
      <p>{message}</p>
    </SectionMessage>
  );
}
