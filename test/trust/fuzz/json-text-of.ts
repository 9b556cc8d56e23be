/**
 * A value's JSON text, or undefined for what JSON cannot hold (undefined, functions), as `JSON.stringify` really
 * answers; its declared type says `string` only.
 *
 * @example
 * jsonTextOf({ a: 1 }); // '{"a":1}'
 * jsonTextOf(undefined); // undefined
 */
export function jsonTextOf(value: unknown): string | undefined {
  return JSON.stringify(value);
}
