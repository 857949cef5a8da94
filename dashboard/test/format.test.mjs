import assert from 'node:assert/strict';
import { test } from 'node:test';
import { formatDuration } from '../js/format.js';

test('a stop lasts seconds, minutes and seconds, or hours and minutes', () => {
  assert.equal(formatDuration(45.7), '45 s');
  assert.equal(formatDuration(200), '3 min 20 s');
  assert.equal(formatDuration(3900), '1 h 05 min');
  assert.equal(formatDuration(null), '–');
});
