import { COMPONENTS_ID, convertOpenApiSchema } from '../../../local/openapi/convert-openapi-schema';

describe('convertOpenApiSchema', () => {
  it.each([
    ['a nullable type', { type: 'string', nullable: true }, { type: ['string', 'null'] }],
    ['a nullable enum', { type: 'string', enum: ['a'], nullable: true }, { type: ['string', 'null'], enum: ['a', null] }],
    [
      'a nullable reference',
      { $ref: '#/components/schemas/User', nullable: true },
      { anyOf: [{ $ref: `${COMPONENTS_ID}#/components/schemas/User` }, { type: 'null' }] },
    ],
    ['a nullable allOf', { allOf: [{ type: 'string' }], nullable: true }, { anyOf: [{ allOf: [{ type: 'string' }] }, { type: 'null' }] }],
    [
      'a nested reference',
      { type: 'array', items: { $ref: '#/components/schemas/Issue' } },
      { type: 'array', items: { $ref: `${COMPONENTS_ID}#/components/schemas/Issue` } },
    ],
    ['a non-nullable schema, example and xml dropped', { type: 'integer', nullable: false, example: 3, xml: { name: 'n' } }, { type: 'integer' }],
    [
      'properties named like keywords',
      { type: 'object', properties: { nullable: { type: 'boolean' }, example: { type: 'string' } } },
      { type: 'object', properties: { nullable: { type: 'boolean' }, example: { type: 'string' } } },
    ],
  ])('converts %s', (_name, input, expected) => {
    expect(convertOpenApiSchema(input)).toEqual(expected);
  });
});
