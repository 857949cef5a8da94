import assert from 'node:assert/strict';
import { test } from 'node:test';
import { secondsByState, segmentTitle, timelineSegments } from '../js/state-timeline.js';

const interval = (from, to, state, reason = null) => ({ from, to, state, reason_code: null, reason });
const today = [
  interval('2026-12-07T06:00:00Z', '2026-12-07T07:00:00Z', 'NO_DATA'),
  interval('2026-12-07T07:00:00Z', '2026-12-07T12:00:00Z', 'RUNNING'),
  interval('2026-12-07T12:00:00Z', '2026-12-07T12:36:00Z', 'DOWN', 'Safety stop'),
  interval('2026-12-07T12:36:00Z', '2026-12-07T18:00:00Z', 'RUNNING'),
];

test('segments are placed in percent of 24 h from the first interval; today ends at now', () => {
  const segments = timelineSegments(today);
  assert.deepEqual(
    segments.map((s) => [s.state, s.left, s.width]),
    [
      ['NO_DATA', 0, 4.1667],
      ['RUNNING', 4.1667, 20.8333],
      ['DOWN', 25, 2.5],
      ['RUNNING', 27.5, 22.5],
    ],
  );
  assert.equal(segments[2].reason, 'Safety stop');
});

test('a day of 25 h (clocks going back) fills the bar instead of overflowing it', () => {
  const segments = timelineSegments([
    interval('2026-10-25T04:00:00Z', '2026-10-25T16:30:00Z', 'RUNNING'),
    interval('2026-10-25T16:30:00Z', '2026-10-26T05:00:00Z', 'IDLE'),
  ]);
  assert.deepEqual(segments.map((s) => [s.left, s.width]), [[0, 50], [50, 50]]);
});

test('no intervals, no segments', () => {
  assert.deepEqual(timelineSegments([]), []);
});

test('the time in each state adds up, states without time are 0', () => {
  assert.deepEqual(secondsByState(today), { RUNNING: 37_440, DOWN: 2_160, IDLE: 0, NO_DATA: 3_600 });
});

test('a segment says its state, its reason and its times', () => {
  const clock = (instant) => instant.slice(11, 19);
  assert.equal(segmentTitle(today[2], clock), 'Down · Safety stop · 12:00:00–12:36:00 (36 min 00 s)');
  assert.equal(segmentTitle(today[0], clock), 'No data · 06:00:00–07:00:00 (1 h 00 min)');
});
