import { z } from 'zod';
import { ragOverrideTargets } from '../domain/rag-override/rag-override';

/** What a colour override sets: the overall colour or one dimension. */
export const ragOverrideTargetSchema = z.enum(ragOverrideTargets);
