import type { ReactNode } from 'react';
import Heading from '@atlaskit/heading';

export interface SurfaceLayoutProps {
  readonly title: string;
  /** One sentence on what the surface is for, shown under the title. */
  readonly purpose: string;
  readonly children?: ReactNode;
  /** For wide tables: the surface takes the frame's full width instead of a reading width. */
  readonly wide?: boolean;
}

/** The frame every surface shares: one main landmark, the surface's h1 and its purpose. */
export function SurfaceLayout({ title, purpose, children, wide = false }: SurfaceLayoutProps) {
  return (
    <main className={wide ? 'pmo-surface pmo-surface-wide' : 'pmo-surface'}>
      <Heading size="large" as="h1">
        {title}
      </Heading>
      <p className="pmo-purpose">{purpose}</p>
      {children}
    </main>
  );
}
