import assert from 'node:assert/strict';
import { test } from 'node:test';
import { cookieValue, csrfHeader, retryAfterSeconds } from '../js/headers.js';

test('a cookie is found by its exact name among the others', () => {
  const cookies = 'XSRF-TOKEN-OLD=1; XSRF-TOKEN=4f1c-9a; amrs=2';
  assert.equal(cookieValue(cookies, 'XSRF-TOKEN'), '4f1c-9a');
  assert.equal(cookieValue(cookies, 'amrs'), '2');
  assert.equal(cookieValue('XSRF-TOKEN=a=b', 'XSRF-TOKEN'), 'a=b');
});

test('a missing, empty or nameless cookie is null', () => {
  for (const cookies of ['', undefined, null, 'other=1', 'XSRF-TOKEN=', 'XSRF-TOKEN', '=x']) {
    assert.equal(cookieValue(cookies, 'XSRF-TOKEN'), null, String(cookies));
  }
});

test('quoted and percent-encoded values are read as the server meant them', () => {
  assert.equal(cookieValue('XSRF-TOKEN="abc"', 'XSRF-TOKEN'), 'abc');
  assert.equal(cookieValue('n=a%20b', 'n'), 'a b');
  assert.equal(cookieValue('n=100%', 'n'), '100%');
});

test("a write echoes the XSRF-TOKEN cookie as X-XSRF-TOKEN, or sends nothing without it", () => {
  assert.deepEqual(csrfHeader('JSESSIONID=x; XSRF-TOKEN=7d2e'), { 'X-XSRF-TOKEN': '7d2e' });
  assert.deepEqual(csrfHeader('JSESSIONID=x'), {});
});

test('Retry-After in seconds or as a date is whole seconds, at least one', () => {
  const now = Date.parse('2026-03-02T10:00:00Z');
  assert.equal(retryAfterSeconds('60', now), 60);
  assert.equal(retryAfterSeconds(' 0 ', now), 1);
  assert.equal(retryAfterSeconds('Mon, 02 Mar 2026 10:00:30 GMT', now), 30);
  assert.equal(retryAfterSeconds('Mon, 02 Mar 2026 09:00:00 GMT', now), 1);
  for (const value of [null, undefined, '', 'soon', '-5']) assert.equal(retryAfterSeconds(value, now), null, String(value));
});
