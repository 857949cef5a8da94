// node --test: the page's pure functions (npm test; the Maven build runs it before the browser tests).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { datesBetween, hourLabel, hourlySeries, trendSeries } from '../js/production-series.js';

const row = (production_date, machine_id, shift, units_produced) => ({
  production_date,
  machine_id,
  shift,
  units_produced,
  defective_units: 0,
  downtime_min: 0,
});

test('datesBetween lists every day, both ends included, across a month end', () => {
  assert.deepEqual(datesBetween('2026-10-30', '2026-11-02'), ['2026-10-30', '2026-10-31', '2026-11-01', '2026-11-02']);
});

test('by day, the shifts and machines of a day add up and days without production are 0', () => {
  const rows = [
    row('2026-11-27', 'OPC-UA-M1', 'A', 100),
    row('2026-11-27', 'OPC-UA-M1', 'B', 50),
    row('2026-11-27', 'OPC-UA-M2', 'A', 10),
    row('2026-11-29', 'OPC-UA-M2', 'A', 7),
  ];
  const series = trendSeries(rows, { period: { start: '2026-11-27', end: '2026-11-29' } });
  assert.deepEqual(series.keys, ['2026-11-27', '2026-11-28', '2026-11-29']);
  assert.deepEqual(series.total, [160, 0, 7]);
  assert.deepEqual(series.machines.get('OPC-UA-M1'), [150, 0, 0]);
  assert.deepEqual(series.machines.get('OPC-UA-M2'), [10, 0, 7]);
});

const hour = (hour_start, machine_id, units_produced) => ({
  hour_start,
  production_date: hour_start.slice(0, 10),
  machine_id,
  units_produced,
  defective_units: 0,
  downtime_min: 0,
});

test('by hour, one point per hour of the plant clock; hours between without production are 0', () => {
  const rows = [
    hour('2026-11-29T08:00:00+01:00', 'M1', 100),
    hour('2026-11-29T08:00:00+01:00', 'M2', 20),
    hour('2026-11-29T11:00:00+01:00', 'M2', 7),
  ];
  const series = hourlySeries(rows);
  assert.deepEqual(series.keys, [
    '2026-11-29T08:00:00+01:00',
    '2026-11-29T09:00:00+01:00',
    '2026-11-29T10:00:00+01:00',
    '2026-11-29T11:00:00+01:00',
  ]);
  assert.deepEqual(series.keys.map(hourLabel), ['08:00', '09:00', '10:00', '11:00']);
  assert.deepEqual(series.total, [120, 0, 0, 7]);
  assert.deepEqual(series.machines.get('M1'), [100, 0, 0, 0]);
});

test('by hour, across midnight and in a half-hour time zone', () => {
  const rows = [hour('2026-11-29T23:00:00+05:30', 'M1', 5), hour('2026-11-30T01:00:00+05:30', 'M1', 6)];
  const series = hourlySeries(rows);
  assert.deepEqual(series.keys.map(hourLabel), ['23:00', '00:00', '01:00']);
  assert.equal(series.keys[1], '2026-11-30T00:00:00+05:30');
  assert.deepEqual(series.total, [5, 0, 6]);
});

test('by hour, the hour repeated when clocks go back is two points', () => {
  const rows = [
    hour('2026-10-25T02:00:00+02:00', 'M1', 10),
    hour('2026-10-25T02:00:00+01:00', 'M1', 20),
    hour('2026-10-25T03:00:00+01:00', 'M1', 30),
  ];
  const series = hourlySeries(rows);
  assert.deepEqual(series.keys.map(hourLabel), ['02:00', '02:00', '03:00']);
  assert.deepEqual(series.total, [10, 20, 30]);
});

test('by hour, no rows give an empty series', () => {
  assert.deepEqual(hourlySeries([]), { keys: [], total: [], machines: new Map() });
});

test('machines come in natural order: M2 before M10', () => {
  const rows = [row('2026-11-29', 'M10', 'A', 1), row('2026-11-29', 'M2', 'A', 1)];
  assert.deepEqual([...trendSeries(rows).machines.keys()], ['M2', 'M10']);
});
