import { router, view } from '@forge/bridge';
import * as z from 'zod/mini';
import { projectPageUrl } from './project-page-url';

const navigationContextSchema = z.looseObject({ siteUrl: z.string(), localId: z.optional(z.string()) });

/** Opens the app's project page of `projectKey` in Jira, from any surface of the app. */
export async function openProjectPage(projectKey: string): Promise<void> {
  const context = navigationContextSchema.parse(await view.getContext());
  await router.navigate(projectPageUrl(context.siteUrl, projectKey, context.localId ?? null));
}
