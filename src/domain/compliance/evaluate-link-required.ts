import type { WorkItemLinkType } from '../work-item/work-item-link-type';
import type { RuleScope } from './rule-scope';
import type { WorkItem } from '../work-item/work-item';
import type { CheckOutcome } from './check-outcome';
import { fail } from './fail';
import { inScope } from './in-scope';
import { notApplicable } from './not-applicable';
import { pass } from './pass';

/**
 * Link required: an item in scope must have a link of the type (any type for `any`); with `parentCounts`, a parent
 * (e.g. an epic) satisfies the rule too.
 *
 * @example
 * evaluateLinkRequired({ ...rule, linkType: 'any', parentCounts: true }, { ...story, parentKey: epicKey }); // pass
 */
export function evaluateLinkRequired(
  rule: { readonly linkType: WorkItemLinkType | 'any'; readonly parentCounts: boolean; readonly scope: RuleScope },
  item: WorkItem,
): CheckOutcome {
  if (!inScope(rule.scope, item)) return notApplicable;
  if (rule.parentCounts && item.parentKey !== null) return pass;
  const linked = item.links.some((link) => rule.linkType === 'any' || link.type === rule.linkType);
  if (linked) return pass;
  const wanted = rule.linkType === 'any' ? 'no links' : `no "${rule.linkType}" link`;
  return fail(rule.parentCounts ? `${wanted} and no parent` : wanted);
}
