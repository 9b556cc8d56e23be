/**
 * The form of a baseline name under which two names count as the same: Unicode-normalised, spaces collapsed,
 * case ignored. Names are unique under this form, so "Gate 2" and " gate  2 " cannot both exist.
 *
 * @example
 * baselineNameKey('  Gate   2 '); // 'gate 2'
 * baselineNameKey('GATE 2') === baselineNameKey('gate 2'); // true
 */
export function baselineNameKey(name: string): string {
  return name.normalize('NFC').trim().replace(/\s+/gu, ' ').toLowerCase();
}
