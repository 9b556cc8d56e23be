import type { IncomingMessage } from 'node:http';

/** Forge refuses invoke payloads over 500 KB; the local host refuses bodies over the same size. */
export const maxRequestBodyBytes = 500 * 1024;

export class BodyTooLargeError extends Error {
  constructor() {
    super(`The request body is over ${maxRequestBodyBytes} bytes, Forge's limit for one invocation.`);
    this.name = 'BodyTooLargeError';
  }
}

/**
 * Reads a request's body as text, failing with BodyTooLargeError past the limit. An oversized body is still read to
 * its end (and dropped), so the client receives the 413 instead of a reset connection.
 */
export async function readRequestBody(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    const buffer = Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk));
    size += buffer.length;
    if (size <= maxRequestBodyBytes) chunks.push(buffer);
  }
  if (size > maxRequestBodyBytes) throw new BodyTooLargeError();
  return Buffer.concat(chunks).toString('utf8');
}
