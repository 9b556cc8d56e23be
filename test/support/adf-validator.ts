import Ajv, { type ValidateFunction } from 'ajv';
import { readFileSync } from 'node:fs';

/** Atlassian's published ADF JSON schema (draft-04, which Ajv reads once the draft marker is dropped). */
export function adfValidator(): ValidateFunction {
  const raw = JSON.parse(readFileSync(require.resolve('@atlaskit/adf-schema/dist/json-schema/v1/full.json'), 'utf8')) as Record<string, unknown>;
  const schema = Object.fromEntries(Object.entries(raw).filter(([key]) => key !== '$schema'));
  return new Ajv({ strict: false, allErrors: true }).compile(schema);
}
