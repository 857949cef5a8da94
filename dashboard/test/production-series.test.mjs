// node --test: the page's pure functions (npm test; the Maven build runs it before the browser tests).
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { datesBetween, trendSeries } from '../js/production-series.js';

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

test('by shift, one point per shift of the day', () => {
  const rows = [row('2026-11-29', 'M1', 'B', 5), row('2026-11-29', 'M2', 'A', 3), row('2026-11-29', 'M1', 'A', 2)];
  const series = trendSeries(rows, { byShift: true, period: { start: '2026-11-29', end: '2026-11-29' } });
  assert.deepEqual(series.keys, ['A', 'B']);
  assert.deepEqual(series.total, [5, 5]);
});

test('machines come in natural order: M2 before M10', () => {
  const rows = [row('2026-11-29', 'M10', 'A', 1), row('2026-11-29', 'M2', 'A', 1)];
  assert.deepEqual([...trendSeries(rows).machines.keys()], ['M2', 'M10']);
});
