import type { PathProblem } from './path-problem';

// A path as the server's validation writes it: `criteria.0.weight`, `models.1.id`, `(top level)`.
const problemPattern = /^((?:[A-Za-z0-9_-]+)(?:\.[A-Za-z0-9_-]+)*|\(top level\)): (.+)$/;

/**
 * The problems named in a refusal's message (`The scoring model is not valid: criteria.0.weight: weight must not be
 * negative; criteria: the weights sum to zero`), each with its path, so each field can show its own. A message that
 * names no path gives none.
 *
 * @example
 * parsePathProblems('The scoring model is not valid: criteria.2.weight: must be a number (and 1 more)');
 * // [{ path: 'criteria.2.weight', message: 'must be a number' }]
 */
export function parsePathProblems(message: string): PathProblem[] {
  const colon = message.indexOf(': ');
  if (colon < 0) return [];
  const listed = message
    .slice(colon + 2)
    .replace(/ \(and \d+ more\)\.?$/, '')
    .replace(/\. Nothing was imported\.$/, '');
  return listed.split('; ').flatMap((part) => {
    const match = problemPattern.exec(part.trim());
    if (match?.[1] === undefined || match[2] === undefined) return [];
    return [{ path: match[1] === '(top level)' ? '' : match[1], message: match[2] }];
  });
}
