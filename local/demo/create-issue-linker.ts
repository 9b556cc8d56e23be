import type { DemoLinkTypeName } from './demo-link-types';
import type { IssueDraft } from './issue-draft';

/** Adds links to drafts, on both ends, as Jira stores one link seen from each of its issues. */
export interface IssueLinker {
  /**
   * Links `from` to `to` with the type's outward reading ("from blocks to", "from depends on to"). False (and no
   * link) for a self-link or a pair already linked either way.
   */
  link(typeName: DemoLinkTypeName, from: IssueDraft, to: IssueDraft): boolean;
  readonly count: number;
}

/**
 * A linker numbering links from 10000 in the order they are made. Drafts must have their ids.
 * @example
 * const linker = createIssueLinker();
 * linker.link('Blocks', blocker, blocked); // blocker.links[0].direction === 'outward'
 */
export function createIssueLinker(): IssueLinker {
  const pairs = new Set<string>();
  let count = 0;
  return {
    link(typeName, from, to) {
      if (from === to || pairs.has(`${from.id}:${to.id}`) || pairs.has(`${to.id}:${from.id}`)) return false;
      pairs.add(`${from.id}:${to.id}`);
      const id = String(10000 + count);
      count += 1;
      from.links.push({ id, typeName, direction: 'outward', other: to });
      to.links.push({ id, typeName, direction: 'inward', other: from });
      return true;
    },
    get count() {
      return count;
    },
  };
}
