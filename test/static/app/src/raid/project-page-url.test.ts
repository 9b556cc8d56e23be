import { projectPageUrl } from '../../../../../static/app/src/raid/project-page-url';

describe('projectPageUrl', () => {
  it.each([
    [
      "the app's project page when the frame names its extension",
      'https://acme.atlassian.net',
      'CORE',
      'ari:cloud:ecosystem::extension/app-1/env-2/static/pmo-portfolio',
      'https://acme.atlassian.net/jira/software/projects/CORE/apps/app-1/env-2',
    ],
    [
      "the project's address without an extension id",
      'https://acme.atlassian.net/',
      'CORE',
      'local-pmo-portfolio',
      'https://acme.atlassian.net/jira/software/projects/CORE',
    ],
    ["the project's address with no local id at all", 'https://acme.atlassian.net', 'DATA', null, 'https://acme.atlassian.net/jira/software/projects/DATA'],
  ])('answers %s', (_what, siteUrl, key, localId, expected) => {
    expect(projectPageUrl(siteUrl, key, localId)).toBe(expected);
  });
});
