/** The longest baseline name kept. */
export const MAX_BASELINE_NAME_LENGTH = 80;

/**
 * A baseline name as it is stored: Unicode-normalised, trimmed, inner runs of white space made one space. Throws a
 * RangeError for a name that is empty, too long or holds control characters, saying which.
 *
 * @example
 * tidyBaselineName('  Gate 2   approval '); // 'Gate 2 approval'
 * tidyBaselineName('   ');                   // throws RangeError: A baseline needs a name.
 */
export function tidyBaselineName(raw: string): string {
  // eslint-disable-next-line no-control-regex -- control characters are exactly what is refused here.
  if (/[\u0000-\u001f\u007f]/u.test(raw.replace(/[\t\n\r]/gu, ' '))) throw new RangeError('A baseline name cannot hold control characters.');
  const name = raw.normalize('NFC').trim().replace(/\s+/gu, ' ');
  if (name.length === 0) throw new RangeError('A baseline needs a name.');
  if (name.length > MAX_BASELINE_NAME_LENGTH)
    throw new RangeError(`A baseline name is at most ${String(MAX_BASELINE_NAME_LENGTH)} characters; this one has ${String(name.length)}.`);
  return name;
}
