import { z } from 'zod';
import { parseProjectKey } from '../domain/ids/parse-project-key';

/** A Jira project key in a payload, as the project key parser reads it. */
export const projectKeySchema = z.string().refine((raw) => parseProjectKey(raw) !== null, 'must be a Jira project key such as PMO');
