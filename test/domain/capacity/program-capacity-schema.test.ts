import { capacityBandsSchema } from '../../../src/domain/capacity/capacity-bands-schema';
import { programCapacitiesSchema } from '../../../src/domain/capacity/program-capacities-schema';
import { programCapacitySchema } from '../../../src/domain/capacity/program-capacity-schema';

const valid = { program: 'DIGITAL', unit: 'story-points', byQuarter: { '2027-Q1': 120, '2027-Q2': 0 } };

function problemsOf(result: { success: boolean; error?: { issues: readonly { path: readonly PropertyKey[]; message: string }[] } }): string[] {
  return (result.error?.issues ?? []).map((issue) => `${issue.path.map(String).join('.')}: ${issue.message}`);
}

describe('programCapacitySchema', () => {
  it('accepts a program capacity and writes its quarters in time order with a capital Q', () => {
    const parsed = programCapacitySchema.parse({ program: ' DIGITAL ', unit: 'person-days', byQuarter: { '2027-q2': 40, '2027-Q1': 35.5 } });
    expect(parsed).toEqual({ program: 'DIGITAL', unit: 'person-days', byQuarter: { '2027-Q1': 35.5, '2027-Q2': 40 } });
    expect(Object.keys(parsed.byQuarter)).toEqual(['2027-Q1', '2027-Q2']);
  });

  it('keeps a capacity of 0, which is a decision and not a missing value', () => {
    expect(programCapacitySchema.parse(valid).byQuarter).toEqual({ '2027-Q1': 120, '2027-Q2': 0 });
  });

  it.each([
    ['a capacity that is not a number', { ...valid, byQuarter: { '2027-Q1': '120' } }, ['byQuarter.2027-Q1: capacity must be a number']],
    ['a capacity that is not finite', { ...valid, byQuarter: { '2027-Q1': Number.POSITIVE_INFINITY } }, ['byQuarter.2027-Q1: capacity must be a number']],
    ['a negative capacity', { ...valid, byQuarter: { '2027-Q1': -5 } }, ['byQuarter.2027-Q1: capacity must not be negative']],
    ['an unknown unit', { ...valid, unit: 'hours' }, ['unit: unit must be one of story-points, person-days']],
    ['a malformed quarter', { ...valid, byQuarter: { '2027-Q5': 10 } }, ['byQuarter.2027-Q5: "2027-Q5" is not a quarter: write it yyyy-Qn, e.g. 2027-Q1']],
    [
      'a month written as a quarter',
      { ...valid, byQuarter: { '2027-03': 10 } },
      ['byQuarter.2027-03: "2027-03" is not a quarter: write it yyyy-Qn, e.g. 2027-Q1'],
    ],
    ['one quarter written twice', { ...valid, byQuarter: { '2027-Q1': 10, '2027-q1': 12 } }, ['byQuarter.2027-q1: 2027-Q1 is given twice']],
    ['an empty program', { ...valid, program: '  ' }, ['program: program must not be empty']],
    ['a program that is not text', { ...valid, program: 7 }, ['program: program must be text']],
    ['byQuarter that is not a map', { ...valid, byQuarter: [10] }, ['byQuarter: byQuarter must map quarters (yyyy-Qn) to capacities']],
    ['a field it does not know', { ...valid, colour: 'red' }, [': a program capacity has no field colour: only program, unit and byQuarter']],
    ['something that is not an object', 'DIGITAL', [': a program capacity must be an object with program, unit and byQuarter']],
  ])('rejects %s with a clear error', (_behaviour, input, expected) => {
    const result = programCapacitySchema.safeParse(input);
    expect(result.success).toBe(false);
    expect(problemsOf(result)).toEqual(expected);
  });
});

describe('programCapacitiesSchema', () => {
  it('accepts one capacity per program', () => {
    expect(programCapacitiesSchema.parse([valid, { ...valid, program: 'CORE' }])).toHaveLength(2);
  });

  it('rejects a program given a capacity twice, naming it', () => {
    expect(problemsOf(programCapacitiesSchema.safeParse([valid, valid]))).toEqual(['1.program: DIGITAL has a capacity twice']);
  });
});

describe('capacityBandsSchema', () => {
  it.each([
    ['the defaults', { amberFrom: 0.75, redAbove: 1 }],
    ['equal bands, which leave no amber but a single load', { amberFrom: 1, redAbove: 1 }],
    ['bands above 100%', { amberFrom: 0.9, redAbove: 1.2 }],
  ])('accepts %s', (_behaviour, bands) => {
    expect(capacityBandsSchema.parse(bands)).toEqual(bands);
  });

  it.each([
    ['amberFrom above redAbove', { amberFrom: 1.1, redAbove: 1 }, ['amberFrom: amberFrom must not be above redAbove']],
    ['amberFrom of 0', { amberFrom: 0, redAbove: 1 }, ['amberFrom: amberFrom must be above 0']],
    ['a negative amberFrom', { amberFrom: -0.5, redAbove: 1 }, ['amberFrom: amberFrom must be above 0']],
    ['a band that is not a number', { amberFrom: '0.75', redAbove: 1 }, ['amberFrom: amberFrom must be a number']],
    ['a missing band', { amberFrom: 0.75 }, ['redAbove: redAbove must be a number']],
  ])('rejects %s with a clear error', (_behaviour, bands, expected) => {
    expect(problemsOf(capacityBandsSchema.safeParse(bands))).toEqual(expected);
  });
});
