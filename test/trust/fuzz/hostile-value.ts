import fc from 'fast-check';
import { jsonTextOf } from './json-text-of';

/** Forge refuses invoke payloads above 500 KiB; the largest string stays well under with its envelope. */
const HUGE = 400 * 1024;

/** An object nested `depth` levels under the key `a`. */
export function deepObject(depth: number): unknown {
  let value: unknown = { leaf: true };
  for (let level = 0; level < depth; level += 1) value = { a: value };
  return value;
}

/** Payload pieces that try to pollute Object.prototype once merged or copied, as JSON.parse builds them. */
export const pollutionValues: readonly unknown[] = [
  JSON.parse('{"__proto__":{"polluted":"yes"}}'),
  JSON.parse('{"constructor":{"prototype":{"polluted":"yes"}}}'),
  JSON.parse('{"prototype":{"polluted":"yes"}}'),
  JSON.parse('{"__proto__":{"polluted":"yes"},"id":"default","expectedVersion":1}'),
];

/**
 * Any hostile value: wrong types, huge and odd strings, deep objects, prototype keys, arrays and plain JSON noise.
 */
export const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom<unknown>(null, undefined, true, 0, -1, 1e308, Number.NaN, '', ' ', '\u0000', '<script>alert(1)</script>', '../../etc', 'default', [], {}),
  fc.integer(),
  fc.double(),
  fc.string({ maxLength: 40 }),
  fc.integer({ min: 1, max: HUGE }).map((n) => 'x'.repeat(n)),
  fc.constant('\u{1F600}'.repeat(HUGE / 8)),
  fc.integer({ min: 10, max: 2000 }).map(deepObject),
  fc.constantFrom(...pollutionValues),
  fc.array(fc.jsonValue({ maxDepth: 2 }), { maxLength: 5 }),
  fc.jsonValue({ maxDepth: 3 }),
);

/**
 * A payload built from a valid one: replaced whole, one key set to a hostile value, unknown or prototype keys added,
 * or wrapped in an array. Passed through JSON like Forge's bridge does, so `__proto__` arrives as an own key.
 */
export function hostilePayload(valid: Readonly<Record<string, unknown>>): fc.Arbitrary<unknown> {
  const keys = Object.keys(valid);
  const mutateKey =
    keys.length === 0 ? fc.constant<unknown>(valid) : fc.tuple(fc.constantFrom(...keys), hostileValue).map(([key, value]) => ({ ...valid, [key]: value }));
  const unknownKeys = fc.dictionary(fc.string({ minLength: 1, maxLength: 12 }), hostileValue, { maxKeys: 3 }).map((extra) => ({ ...extra, ...valid }));
  const inner = JSON.stringify(valid).slice(1, -1);
  const pollutedMerge = fc.constant<unknown>(
    JSON.parse(`{"__proto__":{"polluted":"yes"},"constructor":{"prototype":{"polluted":"yes"}}${inner === '' ? '' : ','}${inner}}`),
  );
  const arrayInstead = fc.constant<unknown>([valid]);
  return fc.oneof(hostileValue, mutateKey, mutateKey, unknownKeys, pollutedMerge, arrayInstead).map((payload) => {
    // JSON.stringify answers undefined for a function-free undefined payload; Forge's bridge sends no payload then.
    const text = jsonTextOf(payload);
    return text === undefined ? undefined : (JSON.parse(text) as unknown);
  });
}
