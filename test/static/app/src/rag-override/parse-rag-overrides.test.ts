import { parseRagOverrides } from '../../../../../static/app/src/rag-override/parse-rag-overrides';
import { aRagOverrides, anOverride } from './a-rag-overrides';

describe('parseRagOverrides', () => {
  it.each<[string, unknown]>([
    ['keeps a project with no override', aRagOverrides()],
    ['keeps a project with overrides', aRagOverrides({ overrides: [anOverride(), anOverride({ target: 'overall', rag: 'green' })] })],
    ['keeps a project not refreshed yet', aRagOverrides({ asOf: null, canEdit: false })],
  ])('%s', (_name, data) => {
    expect(parseRagOverrides(data)).toEqual(data);
  });

  it.each<[string, unknown]>([
    ['refuses nothing at all', null],
    ["refuses another resolver's answer", { project: { key: 'CORE', name: 'Core' }, items: [] }],
    ['refuses a computed colour missing a target', { ...aRagOverrides(), computed: { ...aRagOverrides().computed, overall: undefined } }],
    ['refuses an override of grey, which is not a judgement', aRagOverrides({ overrides: [{ ...anOverride(), rag: 'grey' as 'red' }] })],
    ['refuses an override of an unknown target', aRagOverrides({ overrides: [{ ...anOverride(), target: 'budget' as 'cost' }] })],
  ])('%s', (_name, data) => {
    expect(parseRagOverrides(data)).toBeNull();
  });
});
