/**
 * The error Node's fetch rejects with when the peer resets the connection: a TypeError('fetch failed') whose cause
 * carries code 'ECONNRESET'. The in-process fake throws it so retry code meets the same error as over the network.
 */
export function connectionResetError(): TypeError {
  const cause = Object.assign(new Error('read ECONNRESET'), { code: 'ECONNRESET', errno: -104, syscall: 'read' });
  return new TypeError('fetch failed', { cause });
}
