import assert from 'node:assert/strict';
import { test } from 'node:test';
import { paretoSeries } from '../js/pareto-chart.js';

const entry = (reason, category, minutes) => ({ reason, category, minutes, stops: 1 });

test('planned reasons get bars of their own, the others unplanned ones', () => {
  const series = paretoSeries([entry('Safety stop', 'unplanned', 30), entry('Planned changeover', 'planned', 20)]);
  assert.deepEqual(series.labels, ['Safety stop', 'Planned changeover']);
  assert.deepEqual(series.unplanned, [30, null]);
  assert.deepEqual(series.planned, [null, 20]);
});

test('the cumulative share ends at 100 percent', () => {
  const series = paretoSeries([entry('A', 'unplanned', 2), entry('B', 'unplanned', 1)]);
  assert.deepEqual(series.cumulative, [66.67, 100]);
  assert.deepEqual(paretoSeries([]).cumulative, []);
});
