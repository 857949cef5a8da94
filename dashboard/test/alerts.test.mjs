import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  ackErrorText,
  alertDays,
  alertRow,
  alertsPath,
  alertTime,
  conditionLabel,
  detailsText,
  firingSummary,
  historyText,
  lastedText,
} from '../js/alerts.js';

const firing = {
  id: 12,
  rule: 'filler-down',
  when: 'machine_down',
  machine_id: 'M-3',
  state: 'firing',
  started_at: '2026-12-07T10:02:00Z',
  fired_at: '2026-12-07T10:07:01Z',
  resolved_at: null,
  acknowledged_by: null,
  acknowledged_at: null,
  text: 'M-3 has been DOWN for 5 min (since 10:02) — rule filler-down',
  details: { fault_code: 101, reason: 'Jam at infeed' },
};
const resolved = { ...firing, id: 11, state: 'resolved', resolved_at: '2026-12-07T11:07:00Z' };
const now = new Date('2026-12-07T10:14:05Z');

test('conditions in words; an unknown one as it is', () => {
  assert.deepEqual(
    ['machine_down', 'no_production', 'yield_below', 'oee_below', 'plc_unreachable'].map(conditionLabel),
    ['Machine down', 'No production', 'Yield below threshold', 'OEE below threshold', 'PLC unreachable'],
  );
  assert.equal(conditionLabel('temperature_above'), 'temperature_above');
  assert.equal(conditionLabel(undefined), '–');
});

test('the history asks for the firing ones, or all of 1, 7, 30 or 90 days (7 for anything else)', () => {
  assert.equal(alertsPath('firing'), 'api/alerts?state=firing');
  assert.equal(alertsPath('firing', 30), 'api/alerts?state=firing');
  assert.equal(alertsPath('all', 30), 'api/alerts?state=all&days=30');
  assert.equal(alertsPath('all', '90'), 'api/alerts?state=all&days=90');
  assert.equal(alertsPath('all', 366), 'api/alerts?state=all&days=7');
  assert.equal(alertsPath('anything', undefined), 'api/alerts?state=all&days=7');
  assert.deepEqual([1, 7, 30, 90, 0, 'x', null].map(alertDays), [1, 7, 30, 90, 7, 7, 7]);
});

test("a time is the plant's clock on its today, with the day before, and with the year before this year", () => {
  assert.equal(alertTime('2026-12-07T10:02:00Z', 'UTC', now, 'en-US'), '10:02');
  assert.equal(alertTime('2026-12-07T10:02:00Z', 'Europe/Berlin', now, 'en-US'), '11:02');
  assert.equal(alertTime('2026-12-06T22:30:00Z', 'UTC', now, 'en-US'), 'Dec 6, 22:30');
  // the plant's today, not UTC's: 23:30 UTC is already Dec 7 in Berlin
  assert.equal(alertTime('2026-12-06T23:30:00Z', 'Europe/Berlin', now, 'en-US'), '00:30');
  assert.equal(alertTime('2025-12-31T08:00:00Z', 'UTC', now, 'en-US'), 'Dec 31, 2025, 08:00');
  assert.match(alertTime('2026-12-07T10:02:00Z', 'Not/AZone', now, 'en-US'), /^(Dec \d+, )?\d\d:\d\d$/);
  assert.equal(alertTime(null, 'UTC', now), '–');
  assert.equal(alertTime('no time', 'UTC', now), '–');
});

test('a firing alert lasts until now, a resolved one until it resolved', () => {
  assert.equal(lastedText(firing, now), 'for 12 min 05 s');
  assert.equal(lastedText({ ...firing, started_at: '2026-12-07T10:14:00Z' }, now), 'for 5 s');
  assert.equal(lastedText(resolved, now), 'lasted 1 h 05 min');
  assert.equal(lastedText({ ...resolved, resolved_at: null }, now), '');
});

test('details are extra words of any keys, short', () => {
  assert.equal(detailsText({ fault_code: 101, reason: 'Jam at infeed' }), 'fault code: 101 · reason: Jam at infeed');
  assert.equal(detailsText({ value: 72.5, threshold: 80 }), 'value: 72.5 · threshold: 80');
  assert.equal(detailsText({ plc: 'line1', error: null, nested: { a: 1 } }), 'plc: line1 · nested: {"a":1}');
  for (const nothing of [null, undefined, {}, [], 'text', 5]) assert.equal(detailsText(nothing), '', String(nothing));
  const long = detailsText({ error: 'x'.repeat(500) });
  assert.equal(long.length, 160);
  assert.ok(long.endsWith('…'));
});

test('a firing alert not acknowledged: since when, for how long, and the button', () => {
  assert.deepEqual(alertRow(firing, { zone: 'UTC', now, locale: 'en-US' }), {
    id: 12,
    machine: 'M-3',
    rule: 'filler-down',
    condition: 'Machine down',
    text: 'M-3 has been DOWN for 5 min (since 10:02) — rule filler-down',
    details: 'fault code: 101 · reason: Jam at infeed',
    firing: true,
    state: 'Firing',
    started: '10:02',
    startedAt: '2026-12-07T10:02:00Z',
    lasted: 'for 12 min 05 s',
    fired: '10:07',
    resolved: '–',
    acknowledged: 'Not acknowledged',
    acknowledgedBy: null,
    canAcknowledge: true,
    name: 'the alert filler-down of M-3',
  });
});

test('an acknowledged alert says by whom and when, and has no button; a resolved one neither', () => {
  const acknowledged = { ...firing, acknowledged_by: 'olga', acknowledged_at: '2026-12-07T10:09:30Z' };
  const row = alertRow(acknowledged, { zone: 'UTC', now, locale: 'en-US' });
  assert.equal(row.acknowledged, 'olga at 10:09');
  assert.equal(row.acknowledgedBy, 'olga');
  assert.equal(row.canAcknowledge, false);

  const over = alertRow(resolved, { zone: 'UTC', now, locale: 'en-US' });
  assert.equal(over.state, 'Resolved');
  assert.equal(over.firing, false);
  assert.equal(over.resolved, '11:07');
  assert.equal(over.lasted, 'lasted 1 h 05 min');
  assert.equal(over.acknowledged, '–');
  assert.equal(over.canAcknowledge, false);
  assert.equal(alertRow({ ...resolved, acknowledged_by: 'olga', acknowledged_at: '2026-12-06T09:00:00Z' }, { zone: 'UTC', now, locale: 'en-US' }).acknowledged, 'olga at Dec 6, 09:00');
});

test('an alert with fields missing still makes a row', () => {
  const row = alertRow({ id: 1, state: 'firing' }, { zone: 'UTC', now });
  assert.equal(row.machine, '–');
  assert.equal(row.condition, '–');
  assert.equal(row.text, '');
  assert.equal(row.started, '–');
  assert.equal(row.canAcknowledge, true);
});

test('the firing alerts in one sentence', () => {
  const ack = (alert) => ({ ...alert, acknowledged_by: 'olga', acknowledged_at: '2026-12-07T10:09:30Z' });
  assert.deepEqual(firingSummary([]), { count: 0, open: 0, text: 'No alerts firing.' });
  assert.equal(firingSummary(undefined).text, 'No alerts firing.');
  assert.equal(firingSummary([resolved]).text, 'No alerts firing.');
  assert.equal(firingSummary([firing]).text, '1 alert firing, not acknowledged.');
  assert.equal(firingSummary([ack(firing)]).text, '1 alert firing, acknowledged.');
  assert.deepEqual(firingSummary([firing, { ...firing, id: 13 }, ack(firing)]), {
    count: 3,
    open: 2,
    text: '3 alerts firing, 2 not acknowledged.',
  });
  assert.equal(firingSummary([firing, { ...firing, id: 13 }]).text, '2 alerts firing, none acknowledged.');
  assert.equal(firingSummary([ack(firing), ack(firing), resolved]).text, '2 alerts firing, all acknowledged.');
});

test('the history in one sentence', () => {
  assert.equal(historyText([], 'all', 7), 'No alerts in the last 7 days.');
  assert.equal(historyText([], 'all', 1), 'No alerts in the last day.');
  assert.equal(historyText([resolved], 'all', 30), '1 alert in the last 30 days, none firing.');
  assert.equal(historyText([firing, resolved], 'all', 7), '2 alerts in the last 7 days, 1 still firing.');
  assert.equal(historyText([firing], 'firing', 7), '1 alert firing, not acknowledged.');
  assert.equal(historyText([], 'firing', 7), 'No alerts firing.');
});

test("a refused acknowledgement shows the problem's detail, a 401 what to do", () => {
  assert.equal(
    ackErrorText({ status: 409, message: 'Alert 12 has resolved already.' }),
    'Not acknowledged: Alert 12 has resolved already.',
  );
  assert.equal(ackErrorText({ status: 404, message: 'No alert 99.' }), 'Not acknowledged: No alert 99.');
  assert.equal(ackErrorText({ status: 0, message: 'The api-server cannot be reached.' }), 'Not acknowledged: The api-server cannot be reached.');
  assert.equal(ackErrorText({ status: 401, message: 'Full authentication is required' }), 'Not acknowledged: your session has ended. Log in and try again.');
  assert.equal(ackErrorText({ status: 500 }), 'Not acknowledged: the api-server gave no reason.');
});
