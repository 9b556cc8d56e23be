/**
 * Names in a sentence: "A", "A and B", "A, B and C".
 *
 * @example
 * joinNames(['Job Size', 'Business Value']); // 'Job Size and Business Value'
 */
export function joinNames(names: readonly string[]): string {
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1] ?? ''}`;
}
