import * as z from 'zod/mini';
import { ruleKindRegistry } from './rule-kind-registry';
import { ruleKinds } from './rule-kind';

const [first, ...rest] = Object.values(ruleKindRegistry).map((definition) => definition.schema);
if (first === undefined) throw new Error('The rule kind registry is empty.');

/** Validates one rule from an import or the rule editor, by the schema its kind declares in `ruleKindRegistry`. */
export const complianceRuleSchema = z.discriminatedUnion('kind', [first, ...rest], { error: `kind must be one of ${ruleKinds.join(', ')}` });
