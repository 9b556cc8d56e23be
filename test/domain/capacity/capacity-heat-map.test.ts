import { capacityHeatMap } from '../../../src/domain/capacity/capacity-heat-map';
import type { CapacityBands } from '../../../src/domain/capacity/capacity-bands';
import type { HeatMap } from '../../../src/domain/capacity/heat-map';
import { capacityOf } from './builders/capacity-of';
import { demandOf } from './builders/demand-of';

/** The map as a table a person can check: program, quarter, colour, load. */
function table(map: HeatMap): string[] {
  return map.rows.flatMap((row) => row.cells.map((cell) => `${row.program} ${cell.quarter} ${cell.rag} ${cell.load === null ? '-' : String(cell.load)}`));
}

describe('capacityHeatMap', () => {
  const capacities = [capacityOf('DIGITAL', { '2027-Q1': 50, '2027-Q2': 50, '2027-Q3': 40 }), capacityOf('CORE', { '2027-Q1': 100, '2027-Q2': 0 })];
  const demand = demandOf({
    DIGITAL: { '2027-Q1': 36, '2027-Q2': 46, '2027-Q3': 54 },
    CORE: { '2027-Q1': 75, '2027-Q2': 0, '2027-Q3': 12 },
    GROWTH: { '2027-Q1': 20 },
  });

  it('rates every program in every quarter by hand: green under 75%, amber 75% to 100%, red over, grey without a capacity', () => {
    expect(table(capacityHeatMap(capacities, demand))).toEqual([
      'CORE 2027-Q1 amber 0.75', // 75 / 100: amber from exactly 75%
      'CORE 2027-Q2 green -', // capacity 0, no demand: nothing to divide, nothing over
      'CORE 2027-Q3 grey -', // demand but no capacity set
      'DIGITAL 2027-Q1 green 0.72', // 36 / 50
      'DIGITAL 2027-Q2 amber 0.92', // 46 / 50
      'DIGITAL 2027-Q3 red 1.35', // 54 / 40
      'GROWTH 2027-Q1 grey -', // a program with demand and no capacity at all
      'GROWTH 2027-Q2 grey -',
      'GROWTH 2027-Q3 grey -',
    ]);
  });

  it('explains each colour in words, rounding only there', () => {
    const map = capacityHeatMap(capacities, demand);
    expect(map.quarters).toEqual(['2027-Q1', '2027-Q2', '2027-Q3']);
    expect(map.rows.map((row) => [row.program, row.unit])).toEqual([
      ['CORE', 'story-points'],
      ['DIGITAL', 'story-points'],
      ['GROWTH', null],
    ]);
    expect(map.rows[1]?.cells.map((cell) => cell.reason)).toEqual(['load 0.72 (36 of 50)', 'load 0.92 (46 of 50)', 'load 1.35 (54 of 40)']);
    expect(map.rows[0]?.cells[2]?.reason).toBe('no capacity set (demand 12)');
  });

  it.each([
    ['just under amber', 74.99, 'green', false],
    ['exactly 100%: full, not over', 100, 'amber', false],
    ['just over 100%', 100.01, 'red', true],
  ])('rates a load %s', (_behaviour, demanded, rag, overCapacity) => {
    const cell = capacityHeatMap([capacityOf('DIGITAL', { '2027-Q1': 100 })], demandOf({ DIGITAL: { '2027-Q1': demanded } })).rows[0]?.cells[0];
    expect([cell?.rag, cell?.overCapacity]).toEqual([rag, overCapacity]);
  });

  it('never divides by a capacity of 0: any demand on it is red and over capacity, with no load', () => {
    const cell = capacityHeatMap([capacityOf('CORE', { '2027-Q2': 0 })], demandOf({ CORE: { '2027-Q2': 3 } })).rows[0]?.cells[0];
    expect(cell).toEqual({ quarter: '2027-Q2', capacity: 0, demand: 3, load: null, rag: 'red', overCapacity: true, reason: 'demand 3 on a capacity of 0' });
  });

  it('rates a capacity with no demand as green, load 0', () => {
    const cell = capacityHeatMap([capacityOf('CORE', { '2027-Q2': 80 })], {}).rows[0]?.cells[0];
    expect([cell?.rag, cell?.load, cell?.demand]).toEqual(['green', 0, 0]);
  });

  it('uses configured bands: amber from 90%, red only above 120%', () => {
    const bands: CapacityBands = { amberFrom: 0.9, redAbove: 1.2 };
    const map = capacityHeatMap(
      [capacityOf('DIGITAL', { '2027-Q1': 100, '2027-Q2': 100, '2027-Q3': 100 })],
      demandOf({ DIGITAL: { '2027-Q1': 85, '2027-Q2': 110, '2027-Q3': 121 } }),
      bands,
    );
    expect(map.rows[0]?.cells.map((cell) => [cell.rag, cell.overCapacity])).toEqual([
      ['green', false],
      ['amber', true],
      ['red', true],
    ]);
    expect(map.bands).toEqual(bands);
  });

  it.each([
    ['amberFrom above redAbove', { amberFrom: 1.1, redAbove: 1 }, 'Capacity bands: amberFrom must not be above redAbove'],
    ['amberFrom of 0', { amberFrom: 0, redAbove: 1 }, 'Capacity bands: amberFrom must be above 0'],
    ['a band that is not a number', { amberFrom: Number.NaN, redAbove: 1 }, 'Capacity bands: amberFrom must be a number'],
  ])('refuses bands with %s', (_behaviour, bands, message) => {
    expect(() => capacityHeatMap(capacities, demand, bands)).toThrow(message);
  });

  it('refuses a program with two capacities, and a negative demand', () => {
    expect(() => capacityHeatMap([...capacities, capacities[0]!], demand)).toThrow('DIGITAL has a capacity twice');
    expect(() => capacityHeatMap(capacities, demandOf({ CORE: { '2027-Q1': -1 } }))).toThrow('Demand for CORE 2027-Q1 must be a number of at least 0');
  });

  it('treats a program named like an object property as a program', () => {
    const map = capacityHeatMap([capacityOf('constructor', { '2027-Q1': 10 })], {});
    expect(table(map)).toEqual(['constructor 2027-Q1 green 0']);
  });
});
