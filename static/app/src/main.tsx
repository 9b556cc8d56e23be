import './turn-off-platform-flags';
import '@atlaskit/css-reset';
import './app.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { view } from '@forge/bridge';
import { App } from './app';

// The settings page of the macro is its own resource; its index.html says so with this marker.
const surfaceMarker = document.querySelector('meta[name="pmo-surface"]')?.getAttribute('content') ?? null;

// Lets the product apply the reader's light or dark theme to the design tokens; the page still renders if it cannot.
view.theme.enable().catch(() => undefined);

const container = document.getElementById('root');
if (container === null) throw new Error('index.html has no #root element to render into.');
createRoot(container).render(
  <StrictMode>
    <App surfaceMarker={surfaceMarker} />
  </StrictMode>,
);
