import type { DemoSelectOption } from './demo-select-options';

/**
 * The value of a select field on an issue, as GET /rest/api/3/issue returns it.
 * @example
 * toOptionValue('https://x.atlassian.net', { id: '10104', value: '5 - Almost certain' });
 * // { self: 'https://x.atlassian.net/rest/api/3/customFieldOption/10104', value: '5 - Almost certain', id: '10104' }
 */
export function toOptionValue(baseUrl: string, option: DemoSelectOption): { self: string; value: string; id: string } {
  return { self: `${baseUrl}/rest/api/3/customFieldOption/${option.id}`, value: option.value, id: option.id };
}
