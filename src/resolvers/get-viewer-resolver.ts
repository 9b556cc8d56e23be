import { z } from 'zod';
import { loadViewer } from '../app/load-viewer';
import { defineResolver } from './define-resolver';

/** getViewer: who is looking and what they may browse, read as the user. */
export const getViewerResolver = defineResolver({ payload: z.unknown(), permission: 'anyone', run: (deps) => loadViewer(deps.viewer) });
