import type { ProjectRef } from '../domain/rollup/project-ref';
import type { StoredRollup } from '../ports/stored-rollup';

/**
 * The project as Jira had it at its last read, from its stored roll-up: the roll-up's category is the assigned
 * program when there is one, so Jira's own category is taken from the refresh record (records from before it was
 * kept give the roll-up's).
 *
 * @example
 * jiraProjectOf(stored).category; // 'Platform' while the roll-up shows the program 'Strategic Bets'
 */
export function jiraProjectOf(stored: StoredRollup): ProjectRef {
  const { jiraCategory } = stored.refresh;
  return jiraCategory === undefined ? stored.rollup.project : { ...stored.rollup.project, category: jiraCategory };
}
