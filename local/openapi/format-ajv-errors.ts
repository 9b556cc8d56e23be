import type { ErrorObject } from 'ajv';

/** The most problems reported for one body, so that one wrong shape does not bury the rest of a report. */
const MAX_PROBLEMS = 20;

/**
 * Ajv's errors as readable problems: where in the body, what is wrong, and the property involved.
 *
 * @example
 * formatAjvErrors('POST /rest/api/3/search/jql 200', errors); // ['POST /rest/api/3/search/jql 200: /issues/0 must NOT have additional properties (bogus)']
 */
export function formatAjvErrors(context: string, errors: readonly ErrorObject[] | null | undefined): string[] {
  return (errors ?? []).slice(0, MAX_PROBLEMS).map((e) => {
    const detail =
      'additionalProperty' in e.params
        ? ` (${String(e.params.additionalProperty)})`
        : 'allowedValues' in e.params
          ? ` (${JSON.stringify(e.params.allowedValues)})`
          : '';
    return `${context}: ${e.instancePath === '' ? '(root)' : e.instancePath} ${e.message ?? 'is invalid'}${detail}`;
  });
}
