import { z } from 'zod';
import { previewTemplate } from '../app/templates/preview-template';
import { templateAdminResolver } from './template-admin-resolver';

/** previewTemplate: a dry run of a draft template over a project's stored items; nothing is saved. */
export const previewTemplateResolver = templateAdminResolver(z.object({ template: z.unknown(), projectKey: z.string().min(1).max(255) }), previewTemplate);
