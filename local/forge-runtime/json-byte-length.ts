/** Bytes of a value as JSON, as Forge measures payloads and stored values; 0 for undefined (which JSON omits). */
export function jsonByteLength(value: unknown): number {
  // JSON.stringify answers undefined for undefined and functions, whatever its declared type says.
  const text = JSON.stringify(value) as string | undefined;
  return text === undefined ? 0 : Buffer.byteLength(text);
}
