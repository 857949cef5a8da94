import assert from 'node:assert/strict';
import { test } from 'node:test';
import { oeeTrendSeries } from '../js/oee-trend.js';

const day = (date, oee, availability = oee, performance = oee, quality = oee) => ({
  date,
  oee,
  availability,
  performance,
  quality,
  planned_min: oee === null ? null : 480,
  fully_productive_min: oee === null ? null : 400,
});

test('a day without data is a gap (null), not an OEE of 0', () => {
  const series = oeeTrendSeries([day('2026-12-05', 71.5), day('2026-12-06', null), day('2026-12-07', 0)]);
  assert.deepEqual(series.dates, ['2026-12-05', '2026-12-06', '2026-12-07']);
  assert.deepEqual(series.oee, [71.5, null, 0]);
  assert.deepEqual(series.availability, [71.5, null, 0]);
  assert.equal(series.daysWithData, 2);
});

test('missing or non-numeric parts are gaps too', () => {
  const series = oeeTrendSeries([{ date: '2026-12-07', oee: 50, availability: 'n/a' }]);
  assert.deepEqual([series.availability, series.performance, series.quality], [[null], [null], [null]]);
});
