import { existsSync } from 'node:fs';
import { expectedOpenApiDocumentPath, findOpenApiDocumentPath, OPENAPI_DOCUMENT_NAME } from '../../../local/openapi/load-openapi-document';

describe('findOpenApiDocumentPath', () => {
  it('expects the document in ../shared/contracts beside the project', () => {
    expect(expectedOpenApiDocumentPath()).toMatch(new RegExp(`[\\\\/]shared[\\\\/]contracts[\\\\/]${OPENAPI_DOCUMENT_NAME.replace(/\./g, '\\.')}$`));
  });

  it('answers the path exactly when the document is there', () => {
    const found = findOpenApiDocumentPath();
    expect(found === null ? existsSync(expectedOpenApiDocumentPath()) : existsSync(found)).toBe(found !== null);
  });
});
