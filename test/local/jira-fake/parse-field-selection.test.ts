import { createSiteIndex } from '../../../local/jira-fake/create-site-index';
import { parseFieldSelection } from '../../../local/jira-fake/parse-field-selection';
import { buildSmallSite } from './small-site';

const site = buildSmallSite();
const index = createSiteIndex({ ...site, fields: [...site.fields, { id: 'customfield_10077', key: 'team-key', name: 'Team', custom: true }] });

describe('parseFieldSelection', () => {
  it.each([
    ['the default when nothing is asked', undefined, ['id'], { idOnly: true, all: false, navigable: false, include: [], exclude: [] }],
    ['an empty list as nothing asked', [], ['*navigable'], { idOnly: false, all: false, navigable: true, include: [], exclude: [] }],
    [
      'comma-separated and repeated entries',
      ['summary,status', ' duedate '],
      ['id'],
      { idOnly: false, all: false, navigable: false, include: ['summary', 'status', 'duedate'], exclude: [] },
    ],
    ['*all with an exclusion', ['*all,-comment'], ['id'], { idOnly: false, all: true, navigable: false, include: [], exclude: ['comment'] }],
    ['exclusions alone, over navigable fields', ['-summary'], ['id'], { idOnly: false, all: false, navigable: true, include: [], exclude: ['summary'] }],
    ['id with other fields is not ids only', ['id', 'summary'], ['id'], { idOnly: false, all: false, navigable: false, include: ['summary'], exclude: [] }],
  ])('reads %s', (_name, requested, defaults, expected) => {
    const selection = parseFieldSelection(requested, defaults, index, false);
    expect({ ...selection, include: [...selection.include], exclude: [...selection.exclude] }).toEqual(expected);
  });

  it('turns field keys into ids with fieldsByKeys', () => {
    expect([...parseFieldSelection(['team-key', '-summary'], ['id'], index, true).include]).toEqual(['customfield_10077']);
  });
});
