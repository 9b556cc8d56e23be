/**
 * A comma-separated list as typed into a field, as names: trimmed, blanks dropped.
 *
 * @example
 * splitNames(' Story, Bug ,,'); // ['Story', 'Bug']
 */
export function splitNames(text: string): string[] {
  return text
    .split(',')
    .map((name) => name.trim())
    .filter((name) => name !== '');
}
