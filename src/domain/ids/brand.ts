/** The brand key exists only in the type system, so no other module can forge a branded value without its parser. */
declare const brandKey: unique symbol;

/**
 * A string (or other primitive) that has passed a parser: `Brand<string, 'IssueKey'>` is still a string at run time
 * and serialises as one, but a plain string is not accepted where the branded type is expected.
 */
export type Brand<T, Name extends string> = T & { readonly [brandKey]: Name };
