import type { Random } from './create-random';
import { demoTextPools, type DemoTextKind } from './demo-text-pools';

/**
 * A summary for a work item of the given kind about one of the project's topics.
 * @example
 * composeSummary('bug', ['card controls'], createRandom(1)); // e.g. 'Timeout in card controls'
 */
export function composeSummary(kind: DemoTextKind, topics: readonly string[], rand: Random): string {
  const template = rand.pick(demoTextPools[kind]);
  const topic = topics.length > 0 ? rand.pick(topics) : 'the service';
  const text = template.replace('{t}', topic);
  return text.charAt(0).toUpperCase() + text.slice(1);
}
