import assert from 'node:assert/strict';
import { afterEach, beforeEach, test } from 'node:test';
import { ApiError } from '../js/api.js';
import { acknowledgeAlert, alerts, firingAlerts } from '../js/alerts-api.js';

// the browser's fetch and cookies, as the page has them
const calls = [];
let answer;
beforeEach(() => {
  calls.length = 0;
  globalThis.document = { cookie: 'JSESSIONID=x; XSRF-TOKEN=4f2e-token' };
  globalThis.fetch = async (url, init) => {
    calls.push({ url, ...init });
    return answer();
  };
});
afterEach(() => {
  delete globalThis.document;
  delete globalThis.fetch;
});

const reply = (status, body, type = 'application/json') => () =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': type } });
const problem = (status, type, detail) =>
  reply(status, { type: `https://amrs.example/problems/${type}`, title: 'Refused', status, detail }, 'application/problem+json');

const alert = { id: 12, rule: 'filler-down', machine_id: 'M-3', state: 'firing', acknowledged_by: null };

test('an acknowledgement is a POST to the alert with the session and its CSRF header; it answers the alert', async () => {
  answer = reply(200, { ...alert, acknowledged_by: 'olga', acknowledged_at: '2026-12-07T10:09:30Z' });
  const acknowledged = await acknowledgeAlert(12);
  assert.equal(acknowledged.acknowledged_by, 'olga');
  assert.equal(calls.length, 1);
  assert.equal(calls[0].url, 'api/alerts/12/ack');
  assert.equal(calls[0].method, 'POST');
  assert.equal(calls[0].credentials, 'same-origin');
  assert.equal(calls[0].headers['X-XSRF-TOKEN'], '4f2e-token');
  assert.equal(calls[0].body, undefined);
});

test("an alert resolved already (409) or unknown (404) is an ApiError with the problem's detail", async () => {
  answer = problem(409, 'alert-resolved', 'Alert 12 has resolved already: there is nothing to acknowledge.');
  await assert.rejects(acknowledgeAlert(12), (error) => {
    assert.ok(error instanceof ApiError);
    assert.equal(error.status, 409);
    assert.equal(error.message, 'Alert 12 has resolved already: there is nothing to acknowledge.');
    return true;
  });
  answer = problem(404, 'alert-not-found', 'No alert 99.');
  await assert.rejects(acknowledgeAlert(99), { status: 404, message: 'No alert 99.' });
  assert.equal(calls[1].url, 'api/alerts/99/ack');
});

test('a refusal without a problem body, and no answer at all, are ApiErrors too', async () => {
  answer = () => new Response('<html>Forbidden</html>', { status: 403, statusText: 'Forbidden' });
  await assert.rejects(acknowledgeAlert(12), { status: 403, message: 'HTTP 403 Forbidden' });
  answer = () => {
    throw new TypeError('Failed to fetch');
  };
  await assert.rejects(acknowledgeAlert(12), { status: 0, message: 'The api-server cannot be reached.' });
});

test('the lists are GETs without the CSRF header', async () => {
  answer = reply(200, [alert]);
  assert.deepEqual(await firingAlerts(), [alert]);
  assert.deepEqual(await alerts('all', 30), [alert]);
  assert.deepEqual(
    calls.map((call) => [call.url, call.method, call.headers['X-XSRF-TOKEN']]),
    [
      ['api/alerts?state=firing', 'GET', undefined],
      ['api/alerts?state=all&days=30', 'GET', undefined],
    ],
  );
});
